package com.jainshikanji.notification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * Object mother for an order's events, as the order and payment services publish them: a
 * customer of its own (unique email and phone) ordering two Masala Shikanjis and a
 * Jaljeera at Manek Chowk for delivery, as soon as possible and without an estimate
 * unless told otherwise.
 */
record TestOrders(UUID orderId, String number, UUID customerId, String email, String phone, UUID storeId,
		String paymentMethod, String deliveryType, @Nullable Instant scheduledFor, @Nullable Instant estimatedAt) {

	static TestOrders online() {
		return of("upi");
	}

	static TestOrders cash() {
		return of("cod");
	}

	static TestOrders of(String paymentMethod) {
		UUID customer = UUID.randomUUID();
		return new TestOrders(UUID.randomUUID(),
				"ORD20260301-" + String.format("%06d", (int) (Math.random() * 1_000_000)), customer,
				"asha-" + customer + "@example.com",
				"+9198" + String.format("%08d", (int) (Math.random() * 100_000_000)), Stubs.MANEK_CHOWK, paymentMethod,
				"delivery", null, null);
	}

	/** The order to be picked up. */
	TestOrders pickup() {
		return new TestOrders(this.orderId, this.number, this.customerId, this.email, this.phone, this.storeId,
				this.paymentMethod, "pickup", this.scheduledFor, this.estimatedAt);
	}

	/**
	 * The order for a time of the customer's choosing, which the order service expects it
	 * ready (or delivered) by {@code estimatedAt}.
	 */
	TestOrders scheduledFor(Instant when, Instant estimatedAt) {
		return new TestOrders(this.orderId, this.number, this.customerId, this.email, this.phone, this.storeId,
				this.paymentMethod, this.deliveryType, when, estimatedAt);
	}

	/** The order for as soon as possible, which the order service expects by then. */
	TestOrders estimatedAt(Instant estimatedAt) {
		return new TestOrders(this.orderId, this.number, this.customerId, this.email, this.phone, this.storeId,
				this.paymentMethod, this.deliveryType, null, estimatedAt);
	}

	boolean paidOnline() {
		return !"cod".equals(this.paymentMethod);
	}

	OrderCreated created() {
		return new OrderCreated(this.orderId, this.number, this.customerId, "Asha Jain", this.email, this.phone,
				this.storeId, this.deliveryType, this.paymentMethod, paidOnline() ? "pending" : "confirmed", lines(),
				amounts(), Instant.now(), paidOnline() ? Instant.now().plusSeconds(900) : null, this.scheduledFor,
				this.estimatedAt);
	}

	OrderConfirmed confirmed() {
		return new OrderConfirmed(this.orderId, this.number, this.customerId, this.storeId, this.paymentMethod,
				paidOnline() ? UUID.randomUUID() : null, lines(), amounts(), Instant.now(), this.scheduledFor,
				this.estimatedAt);
	}

	OrderStatusChanged moved(String from, String to, long sequence, @Nullable String note) {
		return new OrderStatusChanged(this.orderId, this.number, this.customerId, this.storeId, from, to, note,
				sequence, Instant.now());
	}

	OrderDelivered delivered() {
		return new OrderDelivered(this.orderId, this.number, this.customerId, this.storeId, this.deliveryType,
				this.paymentMethod, !paidOnline(), lines(), amounts(), Instant.now());
	}

	OrderCancelled cancelled(String previousStatus, String reason) {
		return new OrderCancelled(this.orderId, this.number, this.customerId, this.storeId, previousStatus, "system",
				reason, lines(), amounts(), Instant.now());
	}

	PaymentFailed paymentFailed() {
		return new PaymentFailed(UUID.randomUUID(), this.orderId, amounts().total(), "Your bank declined the payment",
				Instant.now());
	}

	RefundProcessed refunded(String amount, boolean full) {
		return refunded(amount, full, RefundProcessed.Method.ORIGINAL_METHOD);
	}

	RefundProcessed refunded(String amount, boolean full, RefundProcessed.Method method) {
		return new RefundProcessed(UUID.randomUUID(), UUID.randomUUID(), this.orderId, new BigDecimal(amount),
				new BigDecimal(amount), full, Instant.now(), method);
	}

	static List<OrderLine> lines() {
		return List.of(
				new OrderLine(UUID.randomUUID(), "Masala Shikanji", 2, new BigDecimal("60.00"),
						new BigDecimal("120.00"), null, List.of("Less sugar")),
				new OrderLine(UUID.randomUUID(), "Jaljeera", 1, new BigDecimal("70.00"), new BigDecimal("70.00"), null,
						List.of()));
	}

	/** ₹190 of lines, 5% GST, ₹30 delivery: ₹229.50. */
	static OrderAmounts amounts() {
		return new OrderAmounts(new BigDecimal("190.00"), new BigDecimal("9.50"), new BigDecimal("30.00"),
				new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("229.50"));
	}

}
