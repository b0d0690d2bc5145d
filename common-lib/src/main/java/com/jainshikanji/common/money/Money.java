package com.jainshikanji.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An amount of Indian rupees: never negative, always exactly two decimals. Prices, fees,
 * costs and thresholds are money; a computation that would go below zero, or an amount
 * with fractions of a paisa, is refused rather than rounded or stored. A value type
 * shared by the services like {@code Instant} is, not a shared entity.
 *
 * @param amount the amount in rupees, scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new NegativeAmount(amount);
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("Money has at most two decimals, not " + amount.toPlainString());
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** The amount as money, or {@code null} for no amount (optional prices and fees). */
	public static Money ofNullable(BigDecimal amount) {
		return (amount != null) ? new Money(amount) : null;
	}

	/** The amount as money, or {@code fallback} when there is none. */
	public static Money orElse(BigDecimal amount, Money fallback) {
		return (amount != null) ? new Money(amount) : fallback;
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money times(int quantity) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(quantity)));
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

	/** An amount below zero, which no price, fee, cost or modifier may be. */
	@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "negative-amount", title = "Negative amount")
	public static class NegativeAmount extends IllegalArgumentException {

		NegativeAmount(BigDecimal amount) {
			super("An amount of money cannot be negative: " + amount.toPlainString());
		}

	}

}
