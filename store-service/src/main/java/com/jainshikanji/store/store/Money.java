package com.jainshikanji.store.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in Indian rupees with exactly two decimals, never negative: fees, minimum
 * order values and thresholds. Requests are validated before they get here, so a refusal
 * here is a programming error, not a client mistake.
 *
 * @param amount the amount, scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("Money cannot be negative: " + amount);
		}
		try {
			amount = amount.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("Money has at most two decimals: " + amount, ex);
		}
	}

	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** The amount as money, or {@code null} for no amount. */
	public static Money ofNullable(BigDecimal amount) {
		return (amount != null) ? new Money(amount) : null;
	}

	/** The amount, or {@code fallback} when there is none. */
	public static Money orElse(BigDecimal amount, Money fallback) {
		return (amount != null) ? new Money(amount) : fallback;
	}

	public boolean isAtLeast(Money other) {
		return compareTo(other) >= 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return "INR " + this.amount.toPlainString();
	}

}
