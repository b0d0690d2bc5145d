package com.jainshikanji.notification.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.notification.directory.Contact;

/**
 * What an order event tells about its order; {@code null} where it does not say.
 *
 * @param contact how the customer can be reached, as they ordered
 * @param estimatedAt when the store expects it ready or delivered
 */
public record OrderFacts(UUID orderId, @Nullable String orderNumber, UUID customerId, @Nullable UUID storeId,
		@Nullable Contact contact, @Nullable String deliveryType, @Nullable String paymentMethod,
		@Nullable List<OrderLine> lines, @Nullable OrderAmounts amounts, @Nullable Instant estimatedAt) {

	/** Facts with only the order's identity. */
	public static OrderFacts of(UUID orderId, @Nullable String orderNumber, UUID customerId, @Nullable UUID storeId) {
		return new OrderFacts(orderId, orderNumber, customerId, storeId, null, null, null, null, null, null);
	}

	public OrderFacts withLines(List<OrderLine> lines, OrderAmounts amounts) {
		return new OrderFacts(this.orderId, this.orderNumber, this.customerId, this.storeId, this.contact,
				this.deliveryType, this.paymentMethod, lines, amounts, this.estimatedAt);
	}

	public OrderFacts withPaymentMethod(@Nullable String paymentMethod) {
		return new OrderFacts(this.orderId, this.orderNumber, this.customerId, this.storeId, this.contact,
				this.deliveryType, paymentMethod, this.lines, this.amounts, this.estimatedAt);
	}

	/** With when the order service expects it ready or delivered, if it said. */
	public OrderFacts withEstimate(@Nullable Instant estimatedAt) {
		return new OrderFacts(this.orderId, this.orderNumber, this.customerId, this.storeId, this.contact,
				this.deliveryType, this.paymentMethod, this.lines, this.amounts, estimatedAt);
	}

	public OrderFacts withDeliveryType(@Nullable String deliveryType) {
		return new OrderFacts(this.orderId, this.orderNumber, this.customerId, this.storeId, this.contact, deliveryType,
				this.paymentMethod, this.lines, this.amounts, this.estimatedAt);
	}

}
