package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of rupees: never negative, always two decimals. Prices, costs and price
 * modifiers are money; a computation that would go below zero is refused rather than
 * stored.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new NegativeAmount(amount);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Money has at most two decimals, not " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** {@code null} for {@code null}, for optional amounts. */
	public static Money ofNullable(BigDecimal amount) {
		return (amount != null) ? new Money(amount) : null;
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)));
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return "INR " + this.amount.toPlainString();
	}

	/** An amount below zero, which no price, cost or modifier may be. */
	public static class NegativeAmount extends IllegalArgumentException {

		NegativeAmount(BigDecimal amount) {
			super("An amount of money cannot be negative: " + amount.toPlainString());
		}

	}

}
