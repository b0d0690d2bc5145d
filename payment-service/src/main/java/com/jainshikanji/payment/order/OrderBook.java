package com.jainshikanji.payment.order;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.money.Money;

/**
 * What this service knows of orders, kept in step with the order topic. Paying reads the
 * amount and the customer from here, never from a client.
 */
@Service
public class OrderBook {

	private static final Logger log = LoggerFactory.getLogger(OrderBook.class);

	private final KnownOrders orders;

	private final Clock clock;

	OrderBook(KnownOrders orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * Remembers a new order; a repeat, or a creation arriving after its cancellation,
	 * fills in what was missing.
	 */
	@Transactional
	public OrderView created(OrderCreated event) {
		Instant now = this.clock.instant();
		KnownOrder.Placement placement = new KnownOrder.Placement(event.orderId(), event.orderNumber(),
				event.customerId(), event.storeId(), event.paymentMethod(), Money.of(event.amounts().total()),
				"confirmed".equals(event.status()) ? OrderState.CONFIRMED : OrderState.PENDING, event.placedAt(),
				event.paymentDueBy());
		Optional<KnownOrder> known = this.orders.lockById(event.orderId());
		if (known.isPresent()) {
			known.get().completeWith(placement, now);
			return known.get().view();
		}
		return this.orders.save(KnownOrder.placed(placement, now)).view();
	}

	/**
	 * Marks the order cancelled, learning of it now if its creation has not arrived yet.
	 */
	@Transactional
	public OrderView cancelled(OrderCancelled event) {
		Instant now = this.clock.instant();
		Optional<KnownOrder> known = this.orders.lockById(event.orderId());
		if (known.isPresent()) {
			known.get().moveTo(OrderState.CANCELLED, now);
			return known.get().view();
		}
		log.info("Order {} is cancelled before its creation arrived here", event.orderId());
		return this.orders
			.save(KnownOrder.cancelledBeforeKnown(event.orderId(), event.orderNumber(), event.customerId(),
					event.storeId(), Money.of(event.amounts().total()), now))
			.view();
	}

	/**
	 * Moves a known order forward (confirmed, delivered).
	 * @return the order, or empty if it is not known yet
	 */
	@Transactional
	public Optional<OrderView> moved(UUID orderId, OrderState state) {
		Instant now = this.clock.instant();
		return this.orders.lockById(orderId).map((order) -> {
			order.moveTo(state, now);
			return order.view();
		});
	}

	@Transactional(readOnly = true)
	public Optional<OrderView> find(UUID orderId) {
		return this.orders.findById(orderId).map(KnownOrder::view);
	}

	/**
	 * Loads the order and locks it until the caller's transaction ends: paying for it and
	 * cancelling it then happen one after the other, never interleaved.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<OrderView> lock(UUID orderId) {
		return this.orders.lockById(orderId).map(KnownOrder::view);
	}

}
