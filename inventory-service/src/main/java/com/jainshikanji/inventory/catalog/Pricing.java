package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What a product sells for and what it costs the business; money, so never negative.
 *
 * @param price the selling price of one unit, before any customization
 * @param originalPrice the price before a discount, shown struck through; none when there
 * is no discount
 * @param costPrice what one unit costs the business; only admins ever see it
 */
@Embeddable
record Pricing(Money price, @Nullable Money originalPrice, @Nullable Money costPrice) {

	/** The selling price as shown, in rupees. */
	BigDecimal priceAmount() {
		return this.price.amount();
	}

	@Nullable BigDecimal originalPriceAmount() {
		return (this.originalPrice != null) ? this.originalPrice.amount() : null;
	}

	/** The cost price when the caller may see it, otherwise nothing. */
	@Nullable BigDecimal costPriceAmount(boolean withCost) {
		return (withCost && this.costPrice != null) ? this.costPrice.amount() : null;
	}

}
