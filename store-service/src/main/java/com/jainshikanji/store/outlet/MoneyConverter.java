package com.jainshikanji.store.store;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.jainshikanji.common.money.Money;

/** Stores {@link Money} as a {@code NUMERIC(10, 2)} column; {@code NULL} stays null. */
@Converter(autoApply = true)
class MoneyConverter implements AttributeConverter<Money, BigDecimal> {

	@Override
	public BigDecimal convertToDatabaseColumn(Money money) {
		return (money != null) ? money.amount() : null;
	}

	@Override
	public Money convertToEntityAttribute(BigDecimal amount) {
		return Money.ofNullable(amount);
	}

}
