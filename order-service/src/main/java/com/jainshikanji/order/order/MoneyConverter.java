package com.jainshikanji.order.order;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/** Stores {@link Money} as a {@code DECIMAL(10, 2)} column. */
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
