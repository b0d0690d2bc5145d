package com.jainshikanji.payment.config;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * Stores {@link Money} as a NUMERIC column, for every entity of the service; reading a
 * negative amount back fails.
 */
@Converter(autoApply = true)
class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

	@Override
	public @Nullable BigDecimal convertToDatabaseColumn(@Nullable Money money) {
		return (money != null) ? money.amount() : null;
	}

	@Override
	public @Nullable Money convertToEntityAttribute(@Nullable BigDecimal amount) {
		return Money.ofNullable(amount);
	}

}
