package com.jainshikanji.notification.order;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orders notifications follow: learnt from every order event (whichever comes first
 * creates the record), each event deciding whether the customer hears of it.
 */
@Service
public class OrderBook {

	private final OrderProgressRepository orders;

	private final Clock clock;

	OrderBook(OrderProgressRepository orders, Clock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * The order was placed.
	 * @param awaitingPayment whether it waits for an online payment (otherwise it was
	 * confirmed at once and its confirmation is what the customer hears)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Progress placed(OrderFacts facts, boolean awaitingPayment) {
		OrderProgress order = learn(facts);
		return new Progress(order.placed(awaitingPayment), order.view());
	}

	/**
	 * The order reached a stage (confirmed, preparing, ready, out for delivery,
	 * delivered).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Progress reached(OrderFacts facts, OrderStage stage) {
		OrderProgress order = learn(facts);
		return new Progress(order.reach(stage), order.view());
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public Progress cancelled(OrderFacts facts) {
		OrderProgress order = learn(facts);
		return new Progress(order.cancel(), order.view());
	}

	/**
	 * The order's payment failed.
	 * @throws OrderNotYetKnown if no event of the order arrived yet
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Progress paymentFailed(UUID orderId) {
		OrderProgress order = this.orders.lock(orderId).orElseThrow(() -> new OrderNotYetKnown(orderId));
		return new Progress(order.paymentFailed(), order.view());
	}

	/**
	 * The order as known, for events about it that do not move it (refunds).
	 * @throws OrderNotYetKnown if no event of the order arrived yet
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderView known(UUID orderId) {
		return this.orders.lock(orderId).map(OrderProgress::view).orElseThrow(() -> new OrderNotYetKnown(orderId));
	}

	/** Everyone who ordered from the store, for sends to its customers. */
	@Transactional(readOnly = true)
	public List<UUID> customersOf(UUID storeId) {
		return this.orders.customersOf(storeId);
	}

	private OrderProgress learn(OrderFacts facts) {
		Optional<OrderProgress> existing = this.orders.lock(facts.orderId());
		if (existing.isPresent()) {
			existing.get().learn(facts, this.clock.instant());
			return existing.get();
		}
		return this.orders.save(new OrderProgress(facts, this.clock.instant()));
	}

}
