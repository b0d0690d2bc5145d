package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.List;

import com.jainshikanji.common.money.Money;

/**
 * Everything an admin sets on a product, as checked at the edge; {@link #validate()} adds
 * the rules that span fields.
 */
record ProductDetails(String name, String slug, String description, String shortDescription, String sku, Money price,
		Money originalPrice, Money costPrice, String subcategory, List<String> tags, boolean jain, boolean veg,
		boolean vegan, boolean glutenFree, boolean nutFree, SpiceLevel spiceLevel, int prepTimeMinutes, int servings,
		String weight, String unit, Integer shelfLifeDays, String storageInstructions, Nutrition nutrition,
		List<String> images, String videoUrl, boolean available, Instant availableFrom, Instant availableUntil,
		boolean featured, String metaTitle, String metaDescription) {

	void validate() {
		if ((this.jain || this.vegan) && !this.veg) {
			throw new InvalidProduct("A Jain or vegan product is vegetarian: set veg to true");
		}
		if (this.availableFrom != null && this.availableUntil != null
				&& !this.availableUntil.isAfter(this.availableFrom)) {
			throw new InvalidProduct("availableUntil must be after availableFrom");
		}
	}

}
