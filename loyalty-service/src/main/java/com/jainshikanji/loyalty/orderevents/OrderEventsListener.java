package com.jainshikanji.loyalty.orderevents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.loyalty.checkout.Checkout;
import com.jainshikanji.loyalty.points.PointsLedger;

/**
 * Keeps loyalty in step with orders, each event once (the inbox record commits with its
 * effect), in whatever order they arrive:
 * <ul>
 * <li>{@link OrderConfirmed}: the order's hold is confirmed (unless already released),
 * and the payment that paid for the order recorded: only refunds of that payment count;
 * <li>{@link OrderCancelled}: its points and coupon use go back, confirmed or not;
 * <li>{@link OrderDelivered}: it earns points, once (never after a full refund, nor for
 * cash on delivery handed over without the cash collected: no money came in);
 * <li>{@link RefundProcessed}: the refunded share of what the order earned is taken back,
 * once per refund (all of it, and nothing earned later, when the payment is refunded in
 * full); refunded in full, the order also gets its points and coupon use back, as when it
 * is cancelled. A refund of another payment (a double payment's) is recorded and does
 * nothing; one seen before the order's confirmation waits for it.
 * </ul>
 */
@Component
class OrderEventsListener {

	static final String ORDERS = "loyalty-service.orders";

	static final String PAYMENTS = "loyalty-service.payments";

	/** The payment method of cash on delivery, as the order events name it. */
	private static final String CASH_ON_DELIVERY = "cod";

	private static final Logger log = LoggerFactory.getLogger(OrderEventsListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final Checkout checkout;

	private final PointsLedger points;

	OrderEventsListener(ProcessedEvents processedEvents, EventJson json, Checkout checkout, PointsLedger points) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.checkout = checkout;
		this.points = points;
	}

	@KafkaListener(topics = Topics.ORDER)
	@Transactional
	void onOrder(EventEnvelope event) {
		if (!event.isOneOf(OrderConfirmed.class, OrderCancelled.class, OrderDelivered.class)
				|| !this.processedEvents.markProcessed(ORDERS, event.eventId())) {
			return;
		}
		if (event.is(OrderConfirmed.class)) {
			OrderConfirmed confirmed = this.json.payload(event, OrderConfirmed.class);
			if (this.checkout.confirm(confirmed.orderId(), confirmed.paymentId())) {
				log.info("Order {} was confirmed after its full refund; its redeemed points and coupon use went back",
						confirmed.orderId());
			}
		}
		else if (event.is(OrderCancelled.class)) {
			OrderCancelled cancelled = this.json.payload(event, OrderCancelled.class);
			if (this.checkout.release(cancelled.orderId())) {
				log.info("Order {} was cancelled; its points and coupon use went back", cancelled.orderId());
			}
		}
		else if (event.is(OrderDelivered.class)) {
			OrderDelivered delivered = this.json.payload(event, OrderDelivered.class);
			if (cashUncollected(delivered)) {
				log.info("Order {} was delivered without its cash collected; it earns no points", delivered.orderId());
				return;
			}
			this.points
				.earnForOrder(delivered.customerId(), delivered.orderId(), delivered.orderNumber(),
						delivered.amounts().total())
				.ifPresent((earned) -> log.info("Order {} earned {} points", delivered.orderId(), earned));
		}
	}

	/**
	 * Whether the order was cash on delivery and the cash was not collected. Points are
	 * earned only at delivery, so this is the one place to refuse them. The order service
	 * sends {@code cashCollected} false for every order paid online (and its payment is
	 * in): only for cash on delivery does it say the money never came.
	 */
	private static boolean cashUncollected(OrderDelivered delivered) {
		return CASH_ON_DELIVERY.equals(delivered.paymentMethod()) && !delivered.cashCollected();
	}

	@KafkaListener(topics = Topics.PAYMENT)
	@Transactional
	void onPayment(EventEnvelope event) {
		if (!event.is(RefundProcessed.class) || !this.processedEvents.markProcessed(PAYMENTS, event.eventId())) {
			return;
		}
		RefundProcessed refund = this.json.payload(event, RefundProcessed.class);
		// What the hold took goes back before the earned points are taken back, so
		// points returned cover earned points already spent.
		if (refund.fullyRefunded() && this.checkout.refunded(refund.orderId(), refund.paymentId())) {
			log.info("Order {} was refunded in full; its redeemed points and coupon use went back", refund.orderId());
		}
		this.points.refund(refund.refundId(), refund.paymentId(), refund.orderId(), refund.amount(),
				refund.fullyRefunded());
	}

}
