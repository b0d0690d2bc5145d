package com.jainshikanji.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.sandbox.ledger.Signatures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox behaves as Razorpay documents it for the calls the payment service makes,
 * and its checkout sends webhooks signed over their exact bytes, with a duplicate, in
 * order or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sandbox.key-id=rzp_test_SandboxTests1", "sandbox.key-secret=sandbox-tests-key-secret",
				"sandbox.webhook-secret=sandbox-tests-webhook-secret", "sandbox.webhook-pause=10ms" })
@AutoConfigureRestTestClient
class SandboxTests {

	static final String KEY_SECRET = "sandbox-tests-key-secret";

	static final String WEBHOOK_SECRET = "sandbox-tests-webhook-secret";

	static final WebhookReceiver receiver = new WebhookReceiver();

	@Autowired
	RestTestClient client;

	final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void webhooks(DynamicPropertyRegistry registry) {
		registry.add("sandbox.webhook-url", receiver::url);
	}

	@Test
	void ordersAreCreatedAsRazorpayShapesThemBehindBasicAuth() {
		Map<String, Object> order = json(api("POST", "/v1/orders", Map.of("amount", 25000, "currency", "INR", "receipt",
				"ORD20260501-000042", "notes", Map.of("order_id", "abc"))), 200);

		assertThat((String) order.get("id")).matches("order_[A-Za-z0-9]{14}");
		assertThat(order).containsEntry("entity", "order")
			.containsEntry("amount", 25000)
			.containsEntry("amount_paid", 0)
			.containsEntry("amount_due", 25000)
			.containsEntry("currency", "INR")
			.containsEntry("receipt", "ORD20260501-000042")
			.containsEntry("status", "created")
			.containsEntry("attempts", 0)
			.containsEntry("notes", Map.of("order_id", "abc"));
		assertThat(json(api("GET", "/v1/orders/" + order.get("id"), null), 200)).isEqualTo(order);
	}

	@Test
	void aWrongKeyIs401AndBadRequestsAre400AsRazorpayAnswersThem() {
		Map<String, Object> unauthorized = json(this.client.post()
			.uri("/v1/orders")
			.headers((h) -> h.setBasicAuth("rzp_test_SandboxTests1", "wrong"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("amount", 100, "currency", "INR"))
			.exchange(), 401);
		Map<String, Object> tooSmall = json(api("POST", "/v1/orders", Map.of("amount", 99, "currency", "INR")), 400);
		Map<String, Object> unknown = json(api("GET", "/v1/payments/pay_DoesNotExist00", null), 400);

		assertThat(error(unauthorized)).containsEntry("code", "BAD_REQUEST_ERROR")
			.containsEntry("description", "Authentication failed");
		assertThat(error(tooSmall)).containsEntry("field", "amount");
		assertThat(error(unknown)).containsEntry("description", "The id provided does not exist");
	}

	@Test
	void payingAnswersWhatCheckoutGivesTheAppAndSendsSignedWebhooksWithADuplicate() {
		String order = newOrder(12345);

		Map<String, Object> answer = json(this.client.post().uri("/sandbox/orders/" + order + "/pay").exchange(), 200);

		String payment = (String) answer.get("razorpay_payment_id");
		assertThat(answer).containsEntry("razorpay_order_id", order)
			.containsEntry("razorpay_signature", Signatures.checkout(KEY_SECRET, order, payment));
		assertThat(json(api("GET", "/v1/payments/" + payment, null), 200)).containsEntry("status", "captured")
			.containsEntry("order_id", order)
			.containsEntry("amount", 12345)
			.containsEntry("captured", true);
		assertThat(json(api("GET", "/v1/orders/" + order + "/payments", null), 200))
			.containsEntry("entity", "collection")
			.containsEntry("count", 1);
		assertThat(json(api("GET", "/v1/orders/" + order, null), 200)).containsEntry("status", "paid");
		List<WebhookReceiver.Received> webhooks = receiver.await(order, 4);
		assertThat(webhooks).extracting((w) -> event(w))
			.containsExactly("payment.authorized", "payment.captured", "order.paid", "payment.captured");
		assertThat(webhooks.get(3).eventId()).isEqualTo(webhooks.get(1).eventId());
		assertThat(webhooks.get(3).body()).isEqualTo(webhooks.get(1).body());
		assertThat(webhooks)
			.allSatisfy((w) -> assertThat(w.signature()).isEqualTo(Signatures.hmac(WEBHOOK_SECRET, w.body())));
		assertThat(webhooks.stream().map(WebhookReceiver.Received::eventId).distinct()).as("three events, one twice")
			.hasSize(3);
	}

	@Test
	void webhooksCanBeSentOutOfOrder() {
		String order = newOrder(5000);

		json(this.client.post().uri("/sandbox/orders/" + order + "/pay?outOfOrder=true").exchange(), 200);

		assertThat(receiver.await(order, 4)).extracting((w) -> event(w))
			.containsExactly("order.paid", "payment.captured", "payment.authorized", "order.paid");
	}

	@Test
	void aFailedCheckoutSendsPaymentFailed() {
		String order = newOrder(7000);

		Map<String, Object> answer = json(this.client.post().uri("/sandbox/orders/" + order + "/fail").exchange(), 200);

		assertThat(error(answer)).containsEntry("reason", "payment_failed");
		List<WebhookReceiver.Received> webhooks = receiver.await(order, 2);
		assertThat(webhooks).extracting((w) -> event(w)).containsExactly("payment.failed", "payment.failed");
		Map<String, Object> payment = json(api("GET", "/v1/orders/" + order + "/payments", null), 200);
		assertThat(payment.toString()).contains("status=failed", "error_description=Payment failed because");
	}

	@Test
	void anAuthorizedPaymentIsCapturedOnlyForItsAmount() {
		String order = newOrder(8000);
		String payment = (String) json(
				this.client.post().uri("/sandbox/orders/" + order + "/pay?capture=false").exchange(), 200)
			.get("razorpay_payment_id");
		assertThat(json(api("GET", "/v1/payments/" + payment, null), 200)).containsEntry("status", "authorized");

		json(api("POST", "/v1/payments/" + payment + "/capture", Map.of("amount", 7999, "currency", "INR")), 400);
		Map<String, Object> captured = json(
				api("POST", "/v1/payments/" + payment + "/capture", Map.of("amount", 8000, "currency", "INR")), 200);

		assertThat(captured).containsEntry("status", "captured");
		assertThat(receiver.await(order, 3)).extracting((w) -> event(w)).contains("payment.captured", "order.paid");
	}

	@Test
	void refundsAreIdempotentPerKeyNeverExceedTheCaptureAndAreAnnounced() {
		String order = newOrder(10000);
		String payment = (String) json(this.client.post().uri("/sandbox/orders/" + order + "/pay").exchange(), 200)
			.get("razorpay_payment_id");
		Map<String, Object> request = Map.of("amount", 4000, "speed", "normal", "receipt", "refund-1");

		Map<String, Object> first = json(refund(payment, "key-0123456789", request), 200);
		Map<String, Object> again = json(refund(payment, "key-0123456789", request), 200);
		Map<String, Object> otherBody = json(refund(payment, "key-0123456789", Map.of("amount", 100)), 400);
		Map<String, Object> tooMuch = json(refund(payment, "key-9876543210", Map.of("amount", 6001)), 400);

		assertThat(first).containsEntry("entity", "refund")
			.containsEntry("amount", 4000)
			.containsEntry("payment_id", payment)
			.containsEntry("receipt", "refund-1")
			.containsEntry("status", "processed");
		assertThat(again.get("id")).isEqualTo(first.get("id"));
		assertThat(error(otherBody).get("description")).asString().contains("same idempotency key");
		assertThat(error(tooMuch).get("description")).asString().contains("greater than amount captured");
		assertThat(json(api("GET", "/v1/refunds/" + first.get("id"), null), 200)).containsEntry("status", "processed");
		assertThat(json(api("GET", "/v1/payments/" + payment, null), 200)).containsEntry("amount_refunded", 4000)
			.containsEntry("refund_status", "partial");
		assertThat(receiver.await((String) first.get("id"), 2)).extracting((w) -> event(w))
			.containsExactly("refund.processed", "refund.processed");
	}

	@Test
	void theCheckoutPageShowsTheOrderEscaped() {
		Map<String, Object> order = json(
				api("POST", "/v1/orders", Map.of("amount", 4999, "currency", "INR", "receipt", "<b>ORD-1</b>")), 200);

		String page = this.client.get()
			.uri("/sandbox/checkout/" + order.get("id"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("&lt;b&gt;ORD-1&lt;/b&gt;", "49.99", "value=\"pay\"", "value=\"fail\"")
			.doesNotContain("<b>ORD-1</b>");
	}

	private String newOrder(long amount) {
		return (String) json(api("POST", "/v1/orders", Map.of("amount", amount, "currency", "INR", "receipt", "R")),
				200)
			.get("id");
	}

	private RestTestClient.ResponseSpec refund(String payment, String key, Map<String, Object> body) {
		return this.client.post().uri("/v1/payments/" + payment + "/refund").headers((h) -> {
			h.set("Authorization", basic());
			h.set("X-Refund-Idempotency", key);
		}).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

	private RestTestClient.ResponseSpec api(String method, String path, @Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(org.springframework.http.HttpMethod.valueOf(method))
			.uri(path)
			.headers((h) -> h.set("Authorization", basic()));
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	private static String basic() {
		return "Basic " + Base64.getEncoder()
			.encodeToString(("rzp_test_SandboxTests1:" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> json(RestTestClient.ResponseSpec response, int status) {
		return response.expectStatus().isEqualTo(status).expectBody(Map.class).returnResult().getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> error(Map<String, Object> body) {
		return (Map<String, Object>) body.get("error");
	}

	@SuppressWarnings("unchecked")
	private String event(WebhookReceiver.Received webhook) {
		return (String) this.json.readValue(webhook.body(), Map.class).get("event");
	}

}
