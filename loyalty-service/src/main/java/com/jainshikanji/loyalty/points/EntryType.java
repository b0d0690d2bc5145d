package com.jainshikanji.loyalty.points;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** What a ledger entry records; stored in lower case, as the spec names them. */
enum EntryType {

	/** Points for a delivered order. */
	EARN,
	/** Points spent: held for an order at placement, or on a reward. */
	REDEEM,
	/** A redemption returned: its order was cancelled or refunded in full. */
	RELEASE,
	/** Earned points taken back: the order was refunded. */
	REVERSAL,
	/** Points past their validity. */
	EXPIRE,
	/** Points given by a campaign. */
	BONUS,
	/** A manual correction by an admin, with a reason. */
	ADJUSTMENT;

	String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	@Converter(autoApply = true)
	static class Codes implements AttributeConverter<EntryType, String> {

		@Override
		public String convertToDatabaseColumn(EntryType type) {
			return type.code();
		}

		@Override
		public EntryType convertToEntityAttribute(String code) {
			return EntryType.valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}

}
