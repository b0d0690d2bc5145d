package com.jainshikanji.order.order;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.money.Money;

/**
 * Where placed orders enter: order placement hands over a {@link NewOrder} it has priced
 * and reserved stock for, in the transaction that also completes its idempotency key.
 */
@Service
public class OrderIntake {

	private final Orders orders;

	private final OrdersProperties properties;

	private final Clock clock;

	OrderIntake(Orders orders, OrdersProperties properties, Clock clock) {
		this.orders = orders;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores the order, and with it its OrderCreated (and, for cash on delivery,
	 * OrderConfirmed) in the outbox.
	 * @throws OnlinePaymentTooSmall when the order is to be paid online and its discounts
	 * leave less than the payment provider takes
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OrderResponse accept(NewOrder details) {
		Order order = Order.place(details, this.properties.paymentWindow(),
				Money.of(this.properties.minimumOnlinePayment()), this.clock.instant());
		return this.orders.saveAndFlush(order).toResponse();
	}

}
