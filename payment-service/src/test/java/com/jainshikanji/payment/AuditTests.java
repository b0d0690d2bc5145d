package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refund staff or an admin asks for is in the audit log, with who asked, the
 * refund, the store, the payment, the amount and the reason; a refused request leaves no
 * entry; refunds the service makes by itself (compensation) have no human actor and are
 * not audited. Admins read the log, nobody else.
 */
@PaymentServiceTest
class AuditTests {

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@Test
	void aRefundByStaffIsAuditedAtTheOrdersStoreWithWhatAndWhy() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("90.00");
		Flow.Paid paid = this.flow.pay(order);
		UUID staffId = UUID.randomUUID();

		Map<String, Object> refund = Api.json(this.api.exchange(HttpMethod.POST,
				"/api/v1/payments/" + paid.paymentId() + "/refund", TestTokens.staff(staffId, order.storeId()),
				Map.of("amount", new BigDecimal("12.50"), "reason", "Missing straw"),
				Map.of("Idempotency-Key", "audit-" + UUID.randomUUID())), 201);

		Map<String, Object> entry = entry("refund.requested", refund.get("id"));
		assertThat(entry).containsEntry("actorId", staffId.toString())
			.containsEntry("targetType", "refund")
			.containsEntry("storeId", order.storeId().toString());
		assertThat(details(entry)).containsEntry("paymentId", paid.paymentId().toString())
			.containsEntry("orderId", order.orderId().toString())
			.containsEntry("amount", 12.5)
			.containsEntry("reason", "Missing straw")
			.containsEntry("method", "upi");
	}

	@Test
	void aRefundByAnAdminIsAuditedToo() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("91.00");
		Flow.Paid paid = this.flow.pay(order);
		UUID adminId = UUID.randomUUID();

		Map<String, Object> refund = Api
			.json(this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund",
					TestTokens.token(adminId, List.of("ADMIN"), List.of()), Map.of("reason", "Goodwill"),
					Map.of("Idempotency-Key", "audit-" + UUID.randomUUID())), 201);

		assertThat(entry("refund.requested", refund.get("id"))).containsEntry("actorId", adminId.toString());
		assertThat(details(entry("refund.requested", refund.get("id")))).containsEntry("amount", 91.0);
	}

	@Test
	void aRefusedRefundLeavesNoEntryAndNeitherDoesAnAutomaticOne() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("92.00");
		Flow.Paid paid = this.flow.pay(order);
		UUID staffId = UUID.randomUUID();

		Api.json(this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund",
				TestTokens.staff(staffId, order.storeId()),
				Map.of("amount", new BigDecimal("92.01"), "reason", "Too much"),
				Map.of("Idempotency-Key", "audit-" + UUID.randomUUID())), 409);
		this.orders.requestRefund(order, paid.paymentId(), "92.00");
		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");

		assertThat(entries("actorId=" + staffId)).isEmpty();
		assertThat(entries("action=refund.requested&storeId=" + order.storeId())).isEmpty();
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()),
				TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of()))) {
			this.api.get("/api/v1/admin/audit", token).expectStatus().isForbidden();
		}
		Api.ok(this.api.get("/api/v1/admin/audit", TestTokens.admin()));
	}

	private Map<String, Object> entry(String action, Object targetId) {
		List<Map<String, Object>> entries = entries("action=" + action + "&targetId=" + targetId);
		assertThat(entries).as("%s of %s", action, targetId).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(String query) {
		return (List<Map<String, Object>>) Api.ok(this.api.get("/api/v1/admin/audit?" + query, TestTokens.admin()))
			.get("items");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

}
