package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.jainshikanji.common.money.Money;

/** Stores {@link Money} as a DECIMAL column; reading a negative amount back fails. */
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
