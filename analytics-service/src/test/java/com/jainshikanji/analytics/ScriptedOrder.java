package com.jainshikanji.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * An order as the order and payment services would tell of it, with the events they
 * publish, built the way a test describes an order: at a store, at a moment, paid some
 * way, with some lines. Amounts follow the order service's rules: 5% tax on the subtotal,
 * the delivery fee and discounts as given.
 */
public final class ScriptedOrder {

	public final UUID orderId = UUID.randomUUID();

	public final UUID paymentId = UUID.randomUUID();

	public final String number;

	public final UUID storeId;

	public final UUID customerId;

	public final Instant placedAt;

	public final String paymentMethod;

	public final String deliveryType;

	public final List<OrderLine> lines;

	public final OrderAmounts amounts;

	private ScriptedOrder(Builder builder) {
		this.number = "ORD-T-" + this.orderId.toString().substring(0, 8);
		this.storeId = builder.storeId;
		this.customerId = builder.customerId;
		this.placedAt = builder.placedAt;
		this.paymentMethod = builder.paymentMethod;
		this.deliveryType = builder.deliveryType;
		this.lines = List.copyOf(builder.lines);
		BigDecimal subtotal = this.lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tax = subtotal.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
		this.amounts = new OrderAmounts(subtotal, tax, builder.deliveryFee, builder.discount,
				BigDecimal.ZERO.setScale(2), subtotal.add(tax).add(builder.deliveryFee).subtract(builder.discount));
	}

	public static Builder at(UUID storeId, Instant placedAt) {
		return new Builder(storeId, placedAt);
	}

	public BigDecimal total() {
		return this.amounts.total();
	}

	public boolean isCash() {
		return "cod".equals(this.paymentMethod);
	}

	public OrderCreated created() {
		return new OrderCreated(this.orderId, this.number, this.customerId, "Asha Patel", "asha@example.com", null,
				this.storeId, this.deliveryType, this.paymentMethod, isCash() ? "confirmed" : "pending", this.lines,
				this.amounts, this.placedAt, isCash() ? null : this.placedAt.plus(Duration.ofMinutes(15)));
	}

	public OrderConfirmed confirmed(Duration after) {
		return new OrderConfirmed(this.orderId, this.number, this.customerId, this.storeId, this.paymentMethod,
				isCash() ? null : this.paymentId, this.lines, this.amounts, this.placedAt.plus(after));
	}

	public OrderStatusChanged changed(String from, String to, long sequence, Duration after) {
		return new OrderStatusChanged(this.orderId, this.number, this.customerId, this.storeId, from, to, null,
				sequence, this.placedAt.plus(after));
	}

	public OrderCancelled cancelled(String previousStatus, Duration after) {
		return new OrderCancelled(this.orderId, this.number, this.customerId, this.storeId, previousStatus, "customer",
				"Changed my mind", this.lines, this.amounts, this.placedAt.plus(after));
	}

	/**
	 * Handed over, as the order service tells it: {@code cashCollected} is true only for
	 * cash collected on delivery, false for every order paid online.
	 */
	public OrderDelivered delivered(Duration after) {
		return delivered(isCash(), after);
	}

	/** Handed over for cash on delivery, the cash not collected. */
	public OrderDelivered deliveredUnpaid(Duration after) {
		if (!isCash()) {
			throw new IllegalStateException("Only cash on delivery goes uncollected");
		}
		return delivered(false, after);
	}

	private OrderDelivered delivered(boolean cashCollected, Duration after) {
		return new OrderDelivered(this.orderId, this.number, this.customerId, this.storeId, this.deliveryType,
				this.paymentMethod, cashCollected, this.lines, this.amounts, this.placedAt.plus(after));
	}

	/** The payment that pays for the order, the one its confirmation names. */
	public PaymentCompleted paid(Duration after) {
		return paid(this.paymentId, after);
	}

	/**
	 * A payment of the order's total, this one or another: a second payment for an order
	 * already paid (a duplicate, a late capture) has an id of its own.
	 */
	public PaymentCompleted paid(UUID payment, Duration after) {
		return paid(payment, total().toPlainString(), after);
	}

	/** A payment of some amount, this one or another. */
	public PaymentCompleted paid(UUID payment, String amount, Duration after) {
		return new PaymentCompleted(payment, this.orderId, new BigDecimal(amount), this.paymentMethod,
				isCash() ? null : "pay_" + payment.toString().substring(0, 8), this.placedAt.plus(after));
	}

	public PaymentFailed paymentFailed(Duration after) {
		return new PaymentFailed(UUID.randomUUID(), this.orderId, total(), "Card declined", this.placedAt.plus(after));
	}

	/** A refund of the payment that paid for the order. */
	public RefundProcessed refunded(String amount, Duration after) {
		return refunded(this.paymentId, amount, after);
	}

	/** A refund of the given payment, its first. */
	public RefundProcessed refunded(UUID payment, String amount, Duration after) {
		BigDecimal refund = new BigDecimal(amount);
		return new RefundProcessed(UUID.randomUUID(), payment, this.orderId, refund, refund,
				refund.compareTo(total()) >= 0, this.placedAt.plus(after));
	}

	/** Describes an order before it is placed. */
	public static final class Builder {

		private final UUID storeId;

		private final Instant placedAt;

		private UUID customerId = UUID.randomUUID();

		private String paymentMethod = "upi";

		private String deliveryType = "pickup";

		private BigDecimal deliveryFee = BigDecimal.ZERO.setScale(2);

		private BigDecimal discount = BigDecimal.ZERO.setScale(2);

		private final List<OrderLine> lines = new ArrayList<>();

		private Builder(UUID storeId, Instant placedAt) {
			this.storeId = storeId;
			this.placedAt = placedAt;
		}

		public Builder by(UUID customerId) {
			this.customerId = customerId;
			return this;
		}

		public Builder paidBy(String paymentMethod) {
			this.paymentMethod = paymentMethod;
			return this;
		}

		public Builder delivered(String fee) {
			this.deliveryType = "delivery";
			this.deliveryFee = new BigDecimal(fee);
			return this;
		}

		public Builder discount(String discount) {
			this.discount = new BigDecimal(discount);
			return this;
		}

		public Builder line(Product product, int quantity) {
			BigDecimal total = product.price().multiply(BigDecimal.valueOf(quantity));
			this.lines.add(new OrderLine(product.id(), product.name(), quantity, product.price(), total,
					product.categoryId(), List.of()));
			return this;
		}

		public ScriptedOrder build() {
			if (this.lines.isEmpty()) {
				throw new IllegalStateException("An order has lines");
			}
			return new ScriptedOrder(this);
		}

	}

	/** A menu item. */
	public record Product(UUID id, String name, UUID categoryId, BigDecimal price) {

		public static Product of(String name, String price) {
			return new Product(UUID.randomUUID(), name, UUID.randomUUID(), new BigDecimal(price));
		}

		public static Product of(String name, UUID categoryId, String price) {
			return new Product(UUID.randomUUID(), name, categoryId, new BigDecimal(price));
		}

	}

}
