package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint, tried by every kind of caller: anonymous 401; a role that
 * may never call it 403; a caller of the right role who has nothing to do with the order
 * (another customer, staff of another store) 404, so nobody learns a payment exists; the
 * order's customer, staff of its store and admins as the endpoint allows. Every job at
 * the store reads its payments; only a manager or a cashier (or support) gives money
 * back, a rider is refused with a 403 that says why.
 */
@PaymentServiceTest
class AuthorizationMatrixTests {

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@ParameterizedTest(name = "{0} by {1} -> {2}")
	@MethodSource("matrix")
	void everyEndpointAdmitsOnlyItsCallers(Endpoint endpoint, Caller caller, int expected) {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("100.00");
		Flow.Paid paid = this.flow.pay(order);
		String token = caller.token(order);

		var response = endpoint.call(this.api, order, paid, token);

		if (expected == 401) {
			assertThat(problem(response, 401).typeSlug()).isEqualTo("authentication-required");
		}
		else if (expected == 403) {
			assertThat(problem(response, 403).typeSlug()).isEqualTo(
					(caller.worksAtTheStore() && endpoint.refunds()) ? "store-duty-not-allowed" : "access-denied");
		}
		else if (expected == 404) {
			assertThat(problem(response, 404).typeSlug()).endsWith("not-found");
		}
		else {
			response.expectStatus().isEqualTo(expected);
		}
	}

	static Stream<Arguments> matrix() {
		List<Arguments> rows = new ArrayList<>();
		Map<Endpoint, Map<Caller, Integer>> expected = new EnumMap<>(Endpoint.class);
		// Callers: anonymous, customer, other customer, staff (manager) of the store,
		// staff of another store, admin, cashier of the store, rider of the store.
		// Initiating a paid order is a conflict: the caller got past every check.
		expected.put(Endpoint.INITIATE, outcomes(401, 409, 404, 403, 403, 403, 403, 403));
		// A Checkout answer of another Razorpay payment: bad signature past the checks.
		expected.put(Endpoint.VERIFY, outcomes(401, 400, 404, 403, 403, 403, 403, 403));
		expected.put(Endpoint.READ_PAYMENT, outcomes(401, 200, 404, 200, 404, 200, 200, 200));
		expected.put(Endpoint.READ_ORDER_PAYMENTS, outcomes(401, 200, 404, 200, 404, 200, 200, 200));
		expected.put(Endpoint.READ_REFUNDS, outcomes(401, 200, 404, 200, 404, 200, 200, 200));
		expected.put(Endpoint.REFUND, outcomes(401, 403, 403, 201, 404, 201, 201, 403));
		// The payment owes nothing: a conflict for a caller who got past every check.
		expected.put(Endpoint.SETTLE_REFUND_OWED, outcomes(401, 403, 403, 409, 404, 409, 409, 403));
		expected.put(Endpoint.AUDIT_LOG, outcomes(401, 403, 403, 403, 403, 200, 403, 403));
		// Staff of any store list what their own stores owe, where their job refunds: a
		// rider's page is empty, never refused (OwedRefundSettlementTests check what is
		// on it).
		expected.put(Endpoint.REFUNDS_OWED, outcomes(401, 403, 403, 200, 200, 200, 200, 200));
		expected.forEach((endpoint, outcomes) -> outcomes
			.forEach((caller, status) -> rows.add(Arguments.of(endpoint, caller, status))));
		return rows.stream();
	}

	/** The status each caller gets, in the order {@link Caller} declares them. */
	private static Map<Caller, Integer> outcomes(int... statuses) {
		Caller[] callers = Caller.values();
		assertThat(statuses).as("one status per caller").hasSameSizeAs(callers);
		Map<Caller, Integer> outcomes = new EnumMap<>(Caller.class);
		for (int i = 0; i < callers.length; i++) {
			outcomes.put(callers[i], statuses[i]);
		}
		return outcomes;
	}

	enum Caller {

		ANONYMOUS, CUSTOMER, OTHER_CUSTOMER, STAFF_OF_STORE, STAFF_OF_OTHER_STORE, ADMIN, CASHIER_OF_STORE,
		RIDER_OF_STORE;

		String token(OrderEvents.PlacedOrder order) {
			return switch (this) {
				case ANONYMOUS -> null;
				case CUSTOMER -> order.customer();
				case OTHER_CUSTOMER -> TestTokens.customer();
				case STAFF_OF_STORE -> TestTokens.staffOf(order.storeId());
				case STAFF_OF_OTHER_STORE -> TestTokens.staffOf(UUID.randomUUID());
				case ADMIN -> TestTokens.admin();
				case CASHIER_OF_STORE -> TestTokens.staffAs("CASHIER", UUID.randomUUID(), order.storeId());
				case RIDER_OF_STORE -> TestTokens.staffAs("DELIVERY", UUID.randomUUID(), order.storeId());
			};
		}

		boolean worksAtTheStore() {
			return this == STAFF_OF_STORE || this == CASHIER_OF_STORE || this == RIDER_OF_STORE;
		}

	}

	enum Endpoint {

		INITIATE, VERIFY, READ_PAYMENT, READ_ORDER_PAYMENTS, READ_REFUNDS, REFUND, SETTLE_REFUND_OWED, AUDIT_LOG,
		REFUNDS_OWED;

		/** Gives money back, which only some jobs at the store may. */
		boolean refunds() {
			return this == REFUND || this == SETTLE_REFUND_OWED;
		}

		RestTestClient.ResponseSpec call(Api api, OrderEvents.PlacedOrder order, Flow.Paid paid, String token) {
			return switch (this) {
				case INITIATE -> api.post("/api/v1/payments/initiate", token, Map.of("orderId", order.orderId()));
				case VERIFY ->
					api.post("/api/v1/payments/verify", token, Map.of("razorpay_order_id", paid.razorpayOrderId(),
							"razorpay_payment_id", Flow.newPaymentId(), "razorpay_signature", "0".repeat(64)));
				case READ_PAYMENT -> api.get("/api/v1/payments/" + paid.paymentId(), token);
				case READ_ORDER_PAYMENTS -> api.get("/api/v1/payments/order/" + order.orderId(), token);
				case READ_REFUNDS -> api.get("/api/v1/payments/" + paid.paymentId() + "/refunds", token);
				case REFUND -> api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund", token,
						Map.of("amount", new BigDecimal("1.00"), "reason", "Matrix"),
						Map.of("Idempotency-Key", UUID.randomUUID().toString()));
				case SETTLE_REFUND_OWED ->
					api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund-owed/settlement",
							token, Map.of("method", "BANK_TRANSFER", "reference", "UTR 402913857720"),
							Map.of("Idempotency-Key", UUID.randomUUID().toString()));
				case AUDIT_LOG -> api.get("/api/v1/admin/audit", token);
				case REFUNDS_OWED -> api.get("/api/v1/payments/refunds-owed", token);
			};
		}

	}

}
