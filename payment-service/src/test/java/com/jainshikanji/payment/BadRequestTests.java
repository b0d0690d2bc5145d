package com.jainshikanji.payment;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace (the platform's contract, on the endpoint the app calls to pay); and the
 * API describes itself, webhook open, everything else behind a token.
 */
@PaymentServiceTest
class BadRequestTests extends BadRequestContract {

	@Autowired
	Api api;

	BadRequestTests() {
		super("/api/v1/payments/initiate");
	}

	@Override
	protected String token() {
		return TestTokens.customer();
	}

	@Test
	void aMissingOrMalformedOrderIdIsNamed() {
		assertThat(Problems.problem(this.api.post("/api/v1/payments/initiate", token(), Map.of()), 400).fields())
			.containsExactly("orderId");
		assertThat(
				Problems.problem(this.api.post("/api/v1/payments/initiate", token(), Map.of("orderId", "order-1")), 400)
					.fields())
			.containsExactly("orderId");
	}

	@Test
	void checkoutsFieldsAreNamedAsCheckoutNamesThem() {
		Problem problem = Problems.problem(this.api.post("/api/v1/payments/verify", token(),
				Map.of("razorpay_order_id", "pay_wrongkind", "razorpay_signature", "")), 400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("razorpay_order_id", "razorpay_payment_id",
				"razorpay_signature");
	}

	@Test
	void anUnknownPaymentIsANotFoundProblem() {
		assertThat(Problems
			.problem(this.api.get("/api/v1/payments/" + java.util.UUID.randomUUID(), TestTokens.admin()), 404)
			.typeSlug()).isEqualTo("payment-not-found");
		assertThat(Problems.problem(this.api.get("/api/v1/payments/not-a-uuid", TestTokens.admin()), 400).fields())
			.containsExactly("paymentId");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDocsShowTheWebhookOpenAndEverythingElseBehindAToken() {
		Map<String, Object> docs = Api.ok(this.api.get("/v3/api-docs", null));
		Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) docs
			.get("paths");

		assertThat(((Map<String, Object>) docs.get("info")).get("title")).isEqualTo("Payment service");
		assertThat(paths).containsKeys("/api/v1/payments/initiate", "/api/v1/payments/verify",
				"/api/v1/payments/webhook", "/api/v1/payments/{paymentId}", "/api/v1/payments/order/{orderId}",
				"/api/v1/payments/{paymentId}/refund", "/api/v1/payments/{paymentId}/refund-owed/settlement");
		assertThat(paths.get("/api/v1/payments/webhook").get("post")).doesNotContainKey("security");
		assertThat(paths.get("/api/v1/payments/initiate").get("post")).containsKey("security");
		assertThat(paths.get("/api/v1/payments/{paymentId}/refund").get("post")).containsKey("security");
		assertThat(paths.get("/api/v1/payments/{paymentId}/refund-owed/settlement").get("post"))
			.containsKey("security");
	}

}
