package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** How a campaign's coupon takes money off a cart; stored and shown in lower case. */
public enum DiscountType {

	/** {@code discountValue} percent of the applicable items. */
	PERCENTAGE,
	/** {@code discountValue} rupees off the applicable items. */
	FIXED,
	/** The delivery fee waived. */
	FREE_DELIVERY,
	/** One unit of the cheapest applicable item free. */
	FREE_ITEM;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DiscountType of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/** Whether it takes a {@code discountValue}: percent or rupees. */
	boolean valued() {
		return this == PERCENTAGE || this == FIXED;
	}

	/**
	 * Refuses a value or a cap that does not fit this type: the rules every coupon's
	 * terms keep, a campaign's and a reward's alike. A value is ignored where none is
	 * taken.
	 * @param maxDiscount the most it takes off, in rupees; no cap when {@code null}
	 * @param invalid makes the exception naming the field and the rule it breaks
	 */
	void check(BigDecimal value, @Nullable BigDecimal maxDiscount,
			BiFunction<String, String, ? extends RuntimeException> invalid) {
		if (valued() && value.signum() <= 0) {
			throw invalid.apply("discountValue", "must be more than 0 for a " + code() + " discount");
		}
		if (this == PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw invalid.apply("discountValue", "must be at most 100 for a percentage discount");
		}
		if (maxDiscount != null && maxDiscount.signum() <= 0) {
			throw invalid.apply("maxDiscount", "must be more than 0 (leave it out for no cap)");
		}
		if (maxDiscount != null && this == FREE_DELIVERY) {
			throw invalid.apply("maxDiscount", "does not apply to free delivery");
		}
	}

	@Converter(autoApply = true)
	static class Codes implements AttributeConverter<DiscountType, String> {

		@Override
		public String convertToDatabaseColumn(DiscountType type) {
			return type.code();
		}

		@Override
		public DiscountType convertToEntityAttribute(String code) {
			return of(code);
		}

	}

}
