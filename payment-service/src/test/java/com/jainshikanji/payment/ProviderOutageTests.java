package com.jainshikanji.payment;

import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import com.jainshikanji.testsupport.web.Problems;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When Razorpay is down: initiating is a 503 with Retry-After and leaves nothing behind;
 * webhooks are still taken; after enough failures the circuit breaker answers at once
 * instead of waiting on Razorpay.
 */
@PaymentServiceTest
class ProviderOutageTests {

	@Autowired
	CircuitBreaker razorpayCircuitBreaker;

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@AfterEach
	void closeTheBreaker() {
		this.razorpayCircuitBreaker.reset();
	}

	@Test
	void initiateIs503WithRetryAfterAndWritesNothingWhenRazorpayIsUnreachable() {
		OrderEvents.PlacedOrder reset = this.orders.placeOnline("70.00");
		OrderEvents.PlacedOrder failing = this.orders.placeOnline("70.00");
		RazorpayStub.stubOrdersDownFor(reset.number());
		RazorpayStub.stubOrdersFailingFor(failing.number());

		for (OrderEvents.PlacedOrder order : new OrderEvents.PlacedOrder[] { reset, failing }) {
			var response = this.api.post("/api/v1/payments/initiate", order.customer(),
					Map.of("orderId", order.orderId()));
			response.expectHeader().exists(HttpHeaders.RETRY_AFTER);
			assertThat(Problems.problem(response, 503).typeSlug()).isEqualTo("payment-provider-unavailable");
			assertThat(this.flow.count("SELECT count(*) FROM payments WHERE order_id = :id", order.orderId())).isZero();
		}
		assertThat(RazorpayStub.server()
			.findAll(postRequestedFor(urlPathEqualTo("/v1/orders"))
				.withRequestBody(matchingJsonPath("$.receipt", equalTo(failing.number())))))
			.as("creating an order is never retried")
			.hasSize(1);
	}

	@Test
	void webhooksAreStillTakenWhileRazorpayIsDown() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("71.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		this.razorpayCircuitBreaker.transitionToOpenState();

		this.api
			.webhook(SignedWebhook
				.of(SignedWebhook.paymentCaptured(Flow.newPaymentId(), initiated.razorpayOrderId(), order.paise())))
			.expectStatus()
			.isOk();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
	}

	@Test
	void anOpenBreakerAnswersAtOnceWithoutCallingRazorpay() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("72.00");
		this.razorpayCircuitBreaker.transitionToOpenState();

		var response = this.api.post("/api/v1/payments/initiate", order.customer(), Map.of("orderId", order.orderId()));

		response.expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10");
		assertThat(Problems.problem(response, 503).typeSlug()).isEqualTo("payment-provider-unavailable");
		assertThat(RazorpayStub.server()
			.findAll(postRequestedFor(urlPathEqualTo("/v1/orders"))
				.withRequestBody(matchingJsonPath("$.receipt", equalTo(order.number())))))
			.isEmpty();
	}

}
