package com.jainshikanji.payment.checkout;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.payment.order.OrderView;

/**
 * What happens to payments when their orders move: a cash order gets its payment at once,
 * collected at delivery or failed when delivered without the cash (unless it costs
 * nothing: then there is no payment at all); a cancelled order's payment that was not
 * paid yet can no longer be.
 */
@Service
public class OrderPayments {

	private static final Logger log = LoggerFactory.getLogger(OrderPayments.class);

	private final Payments payments;

	private final Clock clock;

	OrderPayments(Payments payments, Clock clock) {
		this.payments = payments;
		this.clock = clock;
	}

	/**
	 * Opens the cash payment of a cash-on-delivery order, once; an order that costs
	 * nothing has none.
	 */
	@Transactional
	public void openCashPayment(OrderView order) {
		if (order.costsNothing()) {
			log.info("Cash order {} costs nothing: no payment to collect", order.orderId());
			return;
		}
		if (!this.payments.findByOrderIdOrderByCreatedAt(order.orderId()).isEmpty()) {
			return;
		}
		this.payments.save(Payment.cashOnDelivery(order, this.clock.instant()));
	}

	/**
	 * Staff collected the cash at delivery: the cash payment completes, once. An order
	 * that costs nothing has no cash payment, so nothing to complete.
	 * @throws IllegalStateException when the order's cash payment is not known yet (its
	 * creation is still on its way): the event is retried
	 */
	@Transactional
	public void cashCollected(OrderView order) {
		lockCashPayment(order).ifPresent((payment) -> {
			if (payment.collectCash(this.clock.instant())) {
				this.payments.save(payment);
			}
		});
	}

	/**
	 * Staff delivered the order without collecting the cash: the cash payment fails (the
	 * order's payment did), once, with nothing announced or refunded. An order that costs
	 * nothing has no cash payment, so nothing to fail.
	 * @throws IllegalStateException when the order's cash payment is not known yet (its
	 * creation is still on its way): the event is retried
	 */
	@Transactional
	public void cashNotCollected(OrderView order) {
		lockCashPayment(order).ifPresent((payment) -> {
			if (payment.cashNotCollected(this.clock.instant())) {
				this.payments.save(payment);
				log.info("Payment {} of order {} failed: delivered without the cash", payment.id(), order.orderId());
			}
		});
	}

	/**
	 * Locks the cash payment of the order; none when it costs nothing.
	 * @throws IllegalStateException when it has not been opened yet
	 */
	private Optional<Payment> lockCashPayment(OrderView order) {
		if (order.costsNothing()) {
			return Optional.empty();
		}
		UUID orderId = order.orderId();
		return Optional.of(this.payments.lockCashByOrderId(orderId)
			.orElseThrow(() -> new IllegalStateException("Order " + orderId + " has no cash payment (yet)")));
	}

	/**
	 * The order was cancelled: its payment still waiting to be paid is cancelled. Money
	 * that arrives for it later is recorded as a late capture and refunded.
	 */
	@Transactional
	public void orderCancelled(UUID orderId) {
		this.payments.lockOpenByOrderId(orderId).ifPresent((payment) -> {
			if (payment.cancel(this.clock.instant())) {
				log.info("Payment {} cancelled with its order {}", payment.id(), orderId);
			}
		});
	}

}
