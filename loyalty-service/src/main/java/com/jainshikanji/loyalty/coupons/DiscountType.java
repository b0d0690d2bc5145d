package com.jainshikanji.loyalty.coupons;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

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
