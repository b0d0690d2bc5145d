package com.jainshikanji.payment;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Razorpay's API as WireMock, stubbed from Razorpay's documented request and response
 * shapes (amounts in paise, {@code entity} names, {@code collection} lists, the
 * {@code {"error":{...}}} body), with basic auth as our key: orders are created with the
 * amount, currency and receipt asked for; refunds are processed at once unless a test
 * says otherwise. One server for the JVM, shared by the tests, which work on ids of their
 * own.
 */
public final class RazorpayStub {

	static final String KEY_ID = "rzp_test_JainShikanji01";

	static final String KEY_SECRET = "test-key-secret-0123456789";

	static final String WEBHOOK_SECRET = "test-webhook-secret-0123456789";

	private static final WireMockServer server = start();

	private RazorpayStub() {
	}

	static WireMockServer server() {
		return server;
	}

	private static WireMockServer start() {
		WireMockServer wiremock = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true));
		wiremock.start();
		Runtime.getRuntime().addShutdownHook(new Thread(wiremock::stop, "razorpay-stub-shutdown"));
		wiremock.stubFor(authorized(post(urlPathEqualTo("/v1/orders"))).atPriority(10).willReturn(json(200, """
				{"id": "order_{{randomValue length=14 type='ALPHANUMERIC'}}", "entity": "order",
				 "amount": {{jsonPath request.body '$.amount'}}, "amount_paid": 0,
				 "amount_due": {{jsonPath request.body '$.amount'}},
				 "currency": "{{jsonPath request.body '$.currency'}}",
				 "receipt": "{{jsonPath request.body '$.receipt'}}", "offer_id": null, "status": "created",
				 "attempts": 0, "notes": [], "created_at": 1714557600}
				""")));
		wiremock.stubFor(authorized(post(WireMock.urlPathMatching("/v1/payments/[^/]+/refund"))).atPriority(10)
			.willReturn(json(200, refund("processed"))));
		return wiremock;
	}

	/** A refund answer for the refund asked for, with the given status. */
	static String refund(String status) {
		return """
				{"id": "rfnd_{{randomValue length=14 type='ALPHANUMERIC'}}", "entity": "refund",
				 "amount": {{jsonPath request.body '$.amount'}}, "currency": "INR",
				 "payment_id": "{{request.pathSegments.[2]}}", "notes": [],
				 "receipt": "{{jsonPath request.body '$.receipt'}}", "acquirer_data": {"arn": null},
				 "created_at": 1714557700, "batch_id": null, "status": "%s", "speed_processed": "normal",
				 "speed_requested": "normal"}
				""".formatted(status);
	}

	/** Razorpay's payment entity. */
	static String payment(String paymentId, String orderId, long amount, String status, String method) {
		return """
				{"id": "%s", "entity": "payment", "amount": %d, "currency": "INR", "status": "%s",
				 "order_id": "%s", "invoice_id": null, "international": false, "method": "%s",
				 "amount_refunded": 0, "refund_status": null, "captured": %s, "description": "Order",
				 "card_id": "card_DG4ZdUO3xABb20", "card": {"id": "card_DG4ZdUO3xABb20", "entity": "card",
				   "name": "Gaurav Kumar", "last4": "1111", "network": "Visa", "type": "credit"},
				 "bank": null, "wallet": null, "vpa": "gaurav.kumar@exampleupi", "email": "gaurav.kumar@example.com",
				 "contact": "+919000090000", "notes": [], "fee": 590, "tax": 90,
				 "error_code": %s, "error_description": %s, "error_source": null, "error_step": null,
				 "error_reason": null, "acquirer_data": {"rrn": "322206890934"}, "created_at": %d}
				""".formatted(paymentId, amount, status, orderId, method, "captured".equals(status),
				"failed".equals(status) ? "\"BAD_REQUEST_ERROR\"" : "null",
				"failed".equals(status) ? "\"Payment failed because the bank declined it\"" : "null",
				1714557650 + Math.abs(paymentId.hashCode() % 1000));
	}

	/** {@code GET /v1/payments/{id}} answers the payment. */
	static void stubPayment(String paymentId, String body) {
		server.stubFor(authorized(get(urlPathEqualTo("/v1/payments/" + paymentId))).willReturn(json(200, body)));
	}

	/** {@code GET /v1/orders/{id}/payments} answers these payments. */
	static void stubOrderPayments(String orderId, String... payments) {
		server.stubFor(authorized(get(urlPathEqualTo("/v1/orders/" + orderId + "/payments")))
			.willReturn(json(200, "{\"entity\": \"collection\", \"count\": " + payments.length + ", \"items\": ["
					+ String.join(",", payments) + "]}")));
	}

	/** {@code POST /v1/payments/{id}/capture} captures it. */
	static void stubCapture(String paymentId, String capturedBody) {
		server.stubFor(authorized(post(urlPathEqualTo("/v1/payments/" + paymentId + "/capture")))
			.willReturn(json(200, capturedBody)));
	}

	/**
	 * Creating an order with this receipt gives the Razorpay order this id (a test that
	 * sends a webhook naming it first needs to know it).
	 */
	static void stubOrderIdFor(String receipt, String razorpayOrderId, long paise) {
		server.stubFor(post(urlPathEqualTo("/v1/orders")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.receipt", equalTo(receipt)))
			.willReturn(json(200, """
					{"id": "%s", "entity": "order", "amount": %d, "amount_paid": 0, "amount_due": %d,
					 "currency": "INR", "receipt": "%s", "offer_id": null, "status": "created", "attempts": 0,
					 "notes": [], "created_at": 1714557600}
					""".formatted(razorpayOrderId, paise, paise, receipt))));
	}

	/** Creating an order with this receipt finds Razorpay unreachable. */
	static void stubOrdersDownFor(String receipt) {
		server.stubFor(post(urlPathEqualTo("/v1/orders")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.receipt", equalTo(receipt)))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** Creating an order with this receipt gets a 503 from Razorpay. */
	static void stubOrdersFailingFor(String receipt) {
		server.stubFor(post(urlPathEqualTo("/v1/orders")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.receipt", equalTo(receipt)))
			.willReturn(serverError()));
	}

	/** Razorpay's 503, which decides nothing. */
	static ResponseDefinitionBuilder serverError() {
		return json(503,
				"{\"error\": {\"code\": \"SERVER_ERROR\", \"description\": \"The server encountered an "
						+ "error. The incident has been reported to admins.\", \"source\": \"NA\", \"step\": \"NA\", "
						+ "\"reason\": \"NA\", \"metadata\": {}}}");
	}

	/** Refunds of this payment answer with the given status. */
	static void stubRefunds(String paymentId, String status) {
		server.stubFor(authorized(post(urlPathEqualTo("/v1/payments/" + paymentId + "/refund"))).atPriority(5)
			.willReturn(json(200, refund(status))));
	}

	/**
	 * Razorpay refuses refunds of this payment: a 400 with its error body and this
	 * description.
	 */
	static void stubRefundsRefused(String paymentId, String description) {
		server.stubFor(post(urlPathEqualTo("/v1/payments/" + paymentId + "/refund")).atPriority(5)
			.willReturn(json(400,
					"{\"error\": {\"code\": \"BAD_REQUEST_ERROR\", \"description\": \"" + description
							+ "\", \"source\": \"business\", \"step\": \"payment_initiation\", \"reason\": "
							+ "\"input_validation_failed\", \"metadata\": {}}}")));
	}

	/**
	 * From now on Razorpay refunds this payment, ahead of a refusal or an outage stubbed
	 * before.
	 */
	static void stubRefundsProcessed(String paymentId) {
		server.stubFor(post(urlPathEqualTo("/v1/payments/" + paymentId + "/refund")).atPriority(4)
			.willReturn(json(200, refund("processed"))));
	}

	/** Refunds of this payment find Razorpay unreachable. */
	static void stubRefundsDown(String paymentId) {
		server.stubFor(post(urlPathEqualTo("/v1/payments/" + paymentId + "/refund")).atPriority(5)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	private static MappingBuilder authorized(MappingBuilder request) {
		return request.withBasicAuth(KEY_ID, KEY_SECRET);
	}

	static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** Points the service at the stub, with the stub's key and secrets. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("razorpayStub",
						Map.of("payment.razorpay.base-url", "http://127.0.0.1:" + server.port(),
								"payment.razorpay.key-id", KEY_ID, "payment.razorpay.key-secret", KEY_SECRET,
								"payment.razorpay.webhook-secret", WEBHOOK_SECRET)));
		}

	}

}
