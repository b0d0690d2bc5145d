package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Embeddable;

import com.jainshikanji.common.money.Money;

/**
 * What an order costs, every amount decided by this service: the lines' subtotal less
 * discounts, GST on that, plus the delivery fee. Built only by {@link #of}, so the total
 * always adds up (the database checks it too).
 *
 * @param subtotal the lines together
 * @param tax GST on the subtotal after discounts, rounded half up to the paisa
 * @param deliveryFee the store's fee for the address; zero for pickup and dine-in
 * @param discount the coupon's discount
 * @param loyaltyDiscount the value of the points redeemed
 * @param total what the customer pays
 */
@Embeddable
public record OrderAmounts(Money subtotal, Money tax, Money deliveryFee, Money discount, Money loyaltyDiscount,
		Money total) {

	/**
	 * The amounts of an order.
	 * @param taxRate the GST rate, e.g. 0.05
	 * @throws IllegalArgumentException when the discounts exceed the subtotal
	 */
	public static OrderAmounts of(Money subtotal, Money deliveryFee, Money discount, Money loyaltyDiscount,
			BigDecimal taxRate) {
		BigDecimal taxable = subtotal.amount().subtract(discount.amount()).subtract(loyaltyDiscount.amount());
		if (taxable.signum() < 0) {
			throw new IllegalArgumentException(
					"Discounts of " + discount.plus(loyaltyDiscount) + " exceed the subtotal of " + subtotal);
		}
		Money tax = Money.of(taxable.multiply(taxRate).setScale(2, RoundingMode.HALF_UP));
		Money total = Money.of(taxable).plus(tax).plus(deliveryFee);
		return new OrderAmounts(subtotal, tax, deliveryFee, discount, loyaltyDiscount, total);
	}

	/** Whether coupons and points paid for all of it: there is no payment to wait for. */
	public boolean nothingToPay() {
		return this.total.amount().signum() == 0;
	}

	/** The amounts as events carry them. */
	com.jainshikanji.common.events.order.OrderAmounts toEvent() {
		return new com.jainshikanji.common.events.order.OrderAmounts(this.subtotal.amount(), this.tax.amount(),
				this.deliveryFee.amount(), this.discount.amount(), this.loyaltyDiscount.amount(), this.total.amount());
	}

}
