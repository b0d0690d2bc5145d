package com.jainshikanji.analytics;

import java.time.Duration;
import java.util.HashMap;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The apps' visit events: taken from anonymous visitors and customers alike, capped in
 * size, limited per sender, and counted in the funnel as visits (sessions) per step, per
 * store.
 */
@AnalyticsServiceTest
class FunnelTests {

	@Autowired
	RestTestClient client;

	@Test
	void visitsAreCountedOncePerStepWhateverTheySend() {
		Api api = new Api(this.client);
		UUID store = StoreService.stub.store("Funnel Store", "Asia/Kolkata");
		UUID product = UUID.randomUUID();
		String customer = TestTokens.customer();
		// Three visits view; one views twice. Two add to the cart, one checks out.
		send(api, customer, event("product_viewed", "visit-one-0001", store, product));
		send(api, customer, event("product_viewed", "visit-one-0001", store, product));
		send(api, customer, event("added_to_cart", "visit-one-0001", store, product));
		send(api, customer, event("checkout_started", "visit-one-0001", store, null));
		send(api, null, event("product_viewed", "visit-two-0002", store, product));
		send(api, null, event("added_to_cart", "visit-two-0002", store, product));
		send(api, TestTokens.customer(), event("product_viewed", "visit-three-03", store, product));
		// Another store's visit is not this store's.
		send(api, customer, event("product_viewed", "visit-four-004", UUID.randomUUID(), product));

		Map<String, Object> funnel = api.ok("/api/v1/analytics/funnel?storeId=" + store, TestTokens.admin());
		Map<String, Long> steps = new HashMap<>();
		Api.objects(funnel.get("steps")).forEach((s) -> steps.put((String) s.get("step"), Api.number(s.get("count"))));

		assertThat(steps).containsEntry("product_viewed", 3L)
			.containsEntry("added_to_cart", 2L)
			.containsEntry("checkout_started", 1L)
			.containsEntry("order_placed", 0L);
	}

	@Test
	void anEventAboveTheSizeCapIsRefused() {
		Api api = new Api(this.client);
		Map<String, Object> big = event("product_viewed", "visit-big-0001", null, UUID.randomUUID());
		big.put("padding", "x".repeat(3000));

		assertThat(Problems.problem(api.post("/api/v1/analytics/event", null, big), 413).typeSlug())
			.isEqualTo("payload-too-large");
	}

	@Test
	void aSenderAboveItsBudgetIsToldWhenToComeBack() {
		Api api = new Api(this.client);
		String sender = TestTokens.customer();
		// The test profile allows 30 events a minute per sender, refilled one every 2 s:
		// on a slow machine the bucket gets back what the loop's time refilled.
		long started = System.nanoTime();
		for (int i = 0; i < 30; i++) {
			send(api, sender, event("checkout_started", "visit-busy-0001", null, null));
		}
		long refilled = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 2 + 1;
		RestTestClient.ResponseSpec refused = api.exchange(HttpMethod.POST, "/api/v1/analytics/event", sender,
				event("checkout_started", "visit-busy-0001", null, null), Map.of());
		for (long extra = 0; extra < refilled && status(refused) == HttpStatus.ACCEPTED.value(); extra++) {
			refused = api.exchange(HttpMethod.POST, "/api/v1/analytics/event", sender,
					event("checkout_started", "visit-busy-0001", null, null), Map.of());
		}
		refused.expectHeader()
			.value(HttpHeaders.RETRY_AFTER, (seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
		assertThat(Problems.problem(refused, 429).typeSlug()).isEqualTo("too-many-events");
		// Someone else is not held back.
		send(api, TestTokens.customer(), event("checkout_started", "visit-calm-0001", null, null));
	}

	private static int status(RestTestClient.ResponseSpec response) {
		AtomicInteger status = new AtomicInteger();
		response.expectStatus().value(status::set);
		return status.get();
	}

	private static void send(Api api, String token, Map<String, Object> event) {
		api.post("/api/v1/analytics/event", token, event).expectStatus().isAccepted();
	}

	private static Map<String, Object> event(String type, String session, UUID store, UUID product) {
		Map<String, Object> event = new HashMap<>();
		event.put("type", type);
		event.put("sessionId", session);
		event.put("platform", "web");
		if (store != null) {
			event.put("storeId", store.toString());
		}
		if (product != null) {
			event.put("productId", product.toString());
			event.put("quantity", 1);
		}
		return event;
	}

}
