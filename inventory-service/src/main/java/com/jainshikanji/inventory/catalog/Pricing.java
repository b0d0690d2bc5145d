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

	/**
	 * New prices from an admin: a price before a discount must be more than the price, or
	 * the menu would show a discount from ₹10 to ₹50. (Not checked on loading: a product
	 * stored before the rule still reads.)
	 * @throws InvalidProduct naming the rule
	 */
	static Pricing of(Money price, @Nullable Money originalPrice, @Nullable Money costPrice) {
		if (originalPrice != null && originalPrice.compareTo(price) <= 0) {
			throw new InvalidProduct("originalPrice must be more than price (it is the price before a discount)");
		}
		return new Pricing(price, originalPrice, costPrice);
	}

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
