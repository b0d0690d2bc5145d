package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.order.order.Order.PaymentOutcome;
import com.jainshikanji.order.order.Order.PaymentReceipt;

/**
 * What payments do to orders: the payment service's events, and the payment window
 * closing on an unpaid order. Each takes the order's lock, then lets the order decide
 * from its own state whether the news still means anything (see {@link Order}), so
 * redelivered, late and reordered events are harmless.
 */
@Service
public class OrderPayments {

	private static final Logger log = LoggerFactory.getLogger(OrderPayments.class);

	private final Orders orders;

	private final Clock clock;

	OrderPayments(Orders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	/** A payment for the order was captured: it confirms it, or is refunded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void paymentCompleted(UUID orderId, UUID paymentId, BigDecimal amount) {
		lock(orderId, "PaymentCompleted " + paymentId).ifPresent((order) -> {
			PaymentOutcome outcome = order.recordPayment(new PaymentReceipt(paymentId, Money.of(amount)),
					this.clock.instant());
			this.orders.save(order);
			log.info("Payment {} of order {}: {}", paymentId, order.orderNumber(), outcome);
		});
	}

	/** The payment service gave up on the order's payment. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void paymentFailed(UUID orderId, String reason) {
		lock(orderId, "PaymentFailed").ifPresent((order) -> {
			if (order.paymentFailed(reason, this.clock.instant())) {
				this.orders.save(order);
				log.info("Order {} cancelled: payment failed ({})", order.orderNumber(), reason);
			}
		});
	}

	/** Money of the order went back to the customer. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refundProcessed(UUID orderId, UUID paymentId, boolean fully) {
		lock(orderId, "RefundProcessed").ifPresent((order) -> {
			if (order.refunded(paymentId, fully, this.clock.instant())) {
				this.orders.save(order);
			}
		});
	}

	/**
	 * Cancels the pending order whose payment window closed first, if any. Orders another
	 * transaction holds are skipped, so every instance can run this at once and each
	 * order is cancelled once.
	 * @return whether one was cancelled
	 */
	@Transactional
	public boolean cancelNextUnpaid() {
		Instant now = this.clock.instant();
		Optional<UUID> due = this.orders.lockNextUnpaid(now);
		if (due.isEmpty()) {
			return false;
		}
		Order order = this.orders.findById(due.get()).orElseThrow();
		if (order.expireUnpaid(now)) {
			this.orders.save(order);
			log.info("Order {} cancelled: not paid by {}", order.orderNumber(), now);
		}
		return true;
	}

	private Optional<Order> lock(UUID orderId, String what) {
		Optional<Order> order = this.orders.lockById(orderId);
		if (order.isEmpty()) {
			// The payment service only takes payments for orders it heard of
			// (OrderCreated).
			log.warn("{} names order {}, which does not exist here; ignored", what, orderId);
		}
		return order;
	}

}
