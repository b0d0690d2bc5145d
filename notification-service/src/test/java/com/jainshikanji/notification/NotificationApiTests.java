package com.jainshikanji.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP side: who may read and change what (the authorization matrix), the in-app
 * inbox, preferences that silence channels, templates refused when they do not render,
 * and a provider outage that retries, then fails without holding up the other channels.
 */
@NotificationServiceTest
class NotificationApiTests {

	static final String ORDERS = "notification-service.orders";

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Events events;

	Ledger ledger;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.events = new Events(this.kafka, this.json);
		this.ledger = new Ledger(this.jdbc);
	}

	@AfterEach
	void resetStubs() {
		Stubs.reset();
	}

	@Test
	void everyEndpointNeedsAToken() {
		UUID someone = UUID.randomUUID();
		for (String path : List.of("/api/v1/notifications/user/" + someone,
				"/api/v1/notifications/preferences/" + someone, "/api/v1/notifications/devices",
				"/api/v1/notifications/templates", "/api/v1/notifications/deliveries")) {
			this.api.get(path, null).expectStatus().isUnauthorized();
		}
		this.api.post("/api/v1/notifications/send", null, Map.of()).expectStatus().isUnauthorized();
	}

	@Test
	void peopleSeeAndChangeOnlyTheirOwnNotificationsAndPreferencesAdminsEveryones() {
		UUID asha = UUID.randomUUID();
		UUID ravi = UUID.randomUUID();
		String ashaToken = TestTokens.customer(asha);
		this.api.get("/api/v1/notifications/user/" + asha, ashaToken).expectStatus().isOk();
		this.api.get("/api/v1/notifications/user/me", ashaToken).expectStatus().isOk();
		this.api.get("/api/v1/notifications/user/" + asha, TestTokens.admin()).expectStatus().isOk();
		this.api.get("/api/v1/notifications/user/" + ravi, ashaToken).expectStatus().isForbidden();
		this.api.get("/api/v1/notifications/user/" + ravi, TestTokens.staffOf(Stubs.MANEK_CHOWK))
			.expectStatus()
			.isForbidden();
		this.api.put("/api/v1/notifications/user/" + ravi + "/read", ashaToken, null).expectStatus().isForbidden();
		this.api.get("/api/v1/notifications/preferences/" + ravi, ashaToken).expectStatus().isForbidden();
		this.api.put("/api/v1/notifications/preferences/" + ravi, ashaToken, preferences(true, true))
			.expectStatus()
			.isForbidden();
		this.api.get("/api/v1/notifications/preferences/" + ravi, TestTokens.admin()).expectStatus().isOk();
	}

	@Test
	void templatesDeliveriesAndSendsAreForAdminsOnly() {
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(Stubs.MANEK_CHOWK))) {
			this.api.get("/api/v1/notifications/templates", token).expectStatus().isForbidden();
			this.api
				.put("/api/v1/notifications/templates/ORDER_CONFIRMED/SMS", token,
						Map.of("body", "Hi", "enabled", true))
				.expectStatus()
				.isForbidden();
			this.api.get("/api/v1/notifications/deliveries", token).expectStatus().isForbidden();
			this.api.post("/api/v1/notifications/send", token, announcement(UUID.randomUUID()))
				.expectStatus()
				.isForbidden();
		}
		this.api.get("/api/v1/notifications/templates", TestTokens.admin()).expectStatus().isOk();
		this.api.get("/api/v1/notifications/deliveries", TestTokens.admin()).expectStatus().isOk();
	}

	@Test
	void theInboxIsPagedCountsWhatIsUnreadAndMarksReadOneOrAll() {
		TestOrders order = TestOrders.cash();
		this.events.publish(order.created());
		this.events.publish(order.confirmed());
		this.events.publish(order.moved("confirmed", "preparing", 3, null));
		EventEnvelope ready = this.events.publish(order.moved("preparing", "ready", 4, null));
		this.ledger.consumed(ORDERS, ready.eventId());
		String token = TestTokens.customer(order.customerId());

		Map<String, Object> page = Api
			.ok(this.api.get("/api/v1/notifications/user/" + order.customerId() + "?size=2", token));
		assertThat(page).containsEntry("totalElements", 3).containsEntry("unreadCount", 3).containsEntry("size", 2);
		List<Map<String, Object>> items = Api.items(page);
		assertThat(items).extracting((item) -> item.get("kind")).containsExactly("ORDER_READY", "ORDER_PREPARING");

		String newest = (String) items.getFirst().get("id");
		// Someone else's notification is not theirs to mark.
		this.api.put("/api/v1/notifications/" + newest + "/read", TestTokens.customer(), null)
			.expectStatus()
			.isNotFound();
		Api.ok(this.api.put("/api/v1/notifications/" + newest + "/read", token, null));
		assertThat(Api.ok(this.api.get("/api/v1/notifications/user/me", token))).containsEntry("unreadCount", 2);
		assertThat(Api.ok(this.api.put("/api/v1/notifications/user/me/read", token, null))).containsEntry("marked", 2);
		assertThat(Api.ok(this.api.get("/api/v1/notifications/user/me", token))).containsEntry("unreadCount", 0);
	}

	@Test
	void optedOutChannelsStaySilent() {
		TestOrders order = TestOrders.cash();
		String token = TestTokens.customer(order.customerId());
		Map<String, Object> saved = Api.ok(this.api.put("/api/v1/notifications/preferences/" + order.customerId(),
				token, preferences(false, false)));
		assertThat(saved.get("orderUpdates"))
			.isEqualTo(Map.of("email", false, "sms", false, "push", false, "inApp", true));
		this.events.publish(order.created());
		EventEnvelope confirmed = this.events.publish(order.confirmed());
		this.ledger.consumed(ORDERS, confirmed.eventId());

		assertThat(OrderLifeTests.kindsOf(this.ledger.inApp(order.customerId()))).containsExactly("ORDER_CONFIRMED");
		assertThat(this.ledger.deliveries(order.customerId())).isEmpty();
		assertThat(Mailbox.to(order.email())).isEmpty();
	}

	@Test
	void aTemplateThatDoesNotRenderIsRefusedWhenSavedAndTheOldOneStays() {
		String before = (String) Api
			.ok(this.api.get("/api/v1/notifications/templates/ORDER_CONFIRMED/SMS", TestTokens.admin()))
			.get("body");
		this.api
			.put("/api/v1/notifications/templates/ORDER_CONFIRMED/SMS", TestTokens.admin(),
					Map.of("body", "Order [(${orderNumber.nope()})] confirmed", "enabled", true))
			.expectStatus()
			.isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
			.expectBody()
			.jsonPath("$.type")
			.value((type) -> assertThat(type.toString()).endsWith("template-does-not-render"))
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
		this.api
			.put("/api/v1/notifications/templates/PASSWORD_RESET/SMS", TestTokens.admin(),
					Map.of("body", "Your code [(${token})]", "enabled", true))
			.expectStatus()
			.is4xxClientError();
		assertThat(Api.ok(this.api.get("/api/v1/notifications/templates/ORDER_CONFIRMED/SMS", TestTokens.admin())))
			.containsEntry("body", before);
	}

	@Test
	void anSmsOutageIsRetriedWithBackoffThenFailsWhileEmailStillGoes() {
		TestOrders order = TestOrders.cash();
		Stubs.server()
			.stubFor(post(urlPathEqualTo(Stubs.SMS_PATH)).atPriority(1)
				.withRequestBody(Stubs.formField("To", order.phone()))
				.willReturn(Stubs.json(503, "{\"code\": 20500, \"message\": \"Service unavailable\"}")));
		this.events.publish(order.created());
		EventEnvelope confirmed = this.events.publish(order.confirmed());
		this.ledger.consumed(ORDERS, confirmed.eventId());

		List<Map<String, Object>> deliveries = this.ledger.settled(order.customerId(), 2);
		Map<String, Object> sms = deliveries.stream()
			.filter((delivery) -> "SMS".equals(delivery.get("channel")))
			.findFirst()
			.orElseThrow();
		assertThat(sms.get("status")).isEqualTo("FAILED");
		assertThat(sms.get("attempts")).isEqualTo(4);
		assertThat(this.ledger.attempts(sms.get("id"))).extracting((attempt) -> attempt.get("result"))
			.containsExactly("RETRY", "RETRY", "RETRY", "RETRY");
		assertThat(deliveries).filteredOn((delivery) -> "EMAIL".equals(delivery.get("channel")))
			.singleElement()
			.satisfies((email) -> assertThat(email.get("status")).isEqualTo("SENT"));
		assertThat(Mailbox.awaitSubject(order.email(), "confirmed").subject()).contains(order.number());

		// The delivery log tells admins what happened.
		Map<String, Object> logged = Api
			.ok(this.api.get("/api/v1/notifications/deliveries/" + sms.get("id"), TestTokens.admin()));
		assertThat(logged).containsEntry("status", "FAILED");
		assertThat(String.valueOf(logged)).contains("503");

		// The provider is back: an admin sends it again, with a full set of attempts.
		Stubs.reset();
		Api.ok(this.api.post("/api/v1/notifications/deliveries/" + sms.get("id") + "/retry", TestTokens.admin(), null));
		await(() -> assertThat(
				Api.ok(this.api.get("/api/v1/notifications/deliveries/" + sms.get("id"), TestTokens.admin())))
			.containsEntry("status", "SENT"));
		this.api.post("/api/v1/notifications/deliveries/" + sms.get("id") + "/retry", TestTokens.admin(), null)
			.expectStatus()
			.isEqualTo(HttpStatus.CONFLICT);
	}

	@Test
	void devicesAreTheirOwnersToRemoveAndATokenTheProviderSaysIsGoneIsForgotten() {
		TestOrders order = TestOrders.cash();
		String token = TestTokens.customer(order.customerId());
		String gone = "fcm-gone-" + UUID.randomUUID();
		Map<String, Object> device = Api.ok(this.api.post("/api/v1/notifications/devices", token,
				Map.of("token", "fcm-" + UUID.randomUUID(), "platform", "IOS")));
		Api.ok(this.api.post("/api/v1/notifications/devices", token, Map.of("token", gone, "platform", "ANDROID")));
		assertThat(Api.okList(this.api.get("/api/v1/notifications/devices", token))).hasSize(2);
		this.api.delete("/api/v1/notifications/devices/" + device.get("id"), TestTokens.customer())
			.expectStatus()
			.isNotFound();
		this.api.delete("/api/v1/notifications/devices/" + device.get("id"), token).expectStatus().isNoContent();
		assertThat(Api.okList(this.api.get("/api/v1/notifications/devices", token))).singleElement()
			.satisfies((left) -> assertThat(left).containsEntry("platform", "ANDROID"));

		Stubs.server()
			.stubFor(post(urlPathEqualTo(Stubs.FCM_PATH)).atPriority(1)
				.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.message.token",
						com.github.tomakehurst.wiremock.client.WireMock.equalTo(gone)))
				.willReturn(Stubs.json(404, Stubs.unregistered())));
		this.events.publish(order.created());
		EventEnvelope confirmed = this.events.publish(order.confirmed());
		this.ledger.consumed(ORDERS, confirmed.eventId());

		List<Map<String, Object>> deliveries = this.ledger.settled(order.customerId(), 3);
		assertThat(deliveries).filteredOn((delivery) -> "PUSH".equals(delivery.get("channel")))
			.singleElement()
			.satisfies((push) -> assertThat(push.get("status")).isEqualTo("FAILED"));
		assertThat(Api.okList(this.api.get("/api/v1/notifications/devices", token))).isEmpty();
	}

	/**
	 * A person's first choice of preferences and a device's registration, each sent by
	 * two apps (or a double tap) at once: all succeed, one row each (they were 409s).
	 */
	@Test
	void theSameChangeArrivingSeveralTimesAtOnceSucceedsEachTime() throws Exception {
		UUID someone = UUID.randomUUID();
		String token = TestTokens.customer(someone);
		String device = "fcm-" + UUID.randomUUID();
		List<Callable<HttpStatusCode>> changes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			boolean sms = i % 2 == 0;
			changes
				.add(() -> this.api.put("/api/v1/notifications/preferences/" + someone, token, preferences(true, sms))
					.returnResult(Void.class)
					.getStatus());
			changes.add(() -> this.api
				.post("/api/v1/notifications/devices", token, Map.of("token", device, "platform", "ANDROID"))
				.returnResult(Void.class)
				.getStatus());
		}

		List<HttpStatusCode> statuses = allAtOnce(changes);

		assertThat(statuses).allMatch(HttpStatusCode::is2xxSuccessful);
		assertThat(Api.okList(this.api.get("/api/v1/notifications/devices", token))).singleElement()
			.satisfies((registered) -> assertThat(registered).containsEntry("platform", "ANDROID"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM preferences WHERE user_id = :id")
			.param("id", someone)
			.query(Long.class)
			.single()).isOne();
	}

	/**
	 * A person at the cap of ten devices whose registrations of new ones arrive at once:
	 * each succeeds, making room by dropping the oldest (a third of them were 409s, each
	 * dropping the same oldest device), and the newest ten stay.
	 */
	@Test
	void registrationsArrivingAtOnceAtTheCapOfDevicesAllSucceed() throws Exception {
		UUID someone = UUID.randomUUID();
		String token = TestTokens.customer(someone);
		for (int i = 0; i < 10; i++) {
			this.api.registerDevice(someone, "fcm-old-" + UUID.randomUUID());
		}
		List<Callable<HttpStatusCode>> registrations = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			registrations.add(() -> this.api
				.post("/api/v1/notifications/devices", token,
						Map.of("token", "fcm-new-" + UUID.randomUUID(), "platform", "ANDROID"))
				.returnResult(Void.class)
				.getStatus());
		}

		List<HttpStatusCode> statuses = allAtOnce(registrations);

		assertThat(statuses).allMatch(HttpStatusCode::is2xxSuccessful);
		assertThat(this.jdbc.sql("SELECT token FROM devices WHERE user_id = :id")
			.param("id", someone)
			.query(String.class)
			.list()).hasSize(10).allSatisfy((device) -> assertThat(device).startsWith("fcm-new-"));
	}

	/** Sends the requests all at once, and answers their statuses. */
	private static List<HttpStatusCode> allAtOnce(List<Callable<HttpStatusCode>> requests) throws Exception {
		List<HttpStatusCode> statuses = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Future<HttpStatusCode> status : executor.invokeAll(requests)) {
				statuses.add(status.get());
			}
		}
		return statuses;
	}

	static void await(org.awaitility.core.ThrowingRunnable assertion) {
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(assertion);
	}

	private static Map<String, Object> preferences(boolean orderEmail, boolean orderSms) {
		Map<String, Object> all = Map.of("email", true, "sms", true, "push", true, "inApp", true);
		return Map.of("orderUpdates", Map.of("email", orderEmail, "sms", orderSms, "push", false, "inApp", true),
				"accountUpdates", all, "promotions",
				Map.of("email", false, "sms", false, "push", false, "inApp", false));
	}

	private static Map<String, Object> announcement(UUID userId) {
		return Map.of("kind", "ANNOUNCEMENT", "userId", userId, "variables",
				Map.of("title", "Closed on Holi", "message", "All stores are closed on Holi."));
	}

}
