package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A product as listed when browsing.
 *
 * @param costPrice present for admins only
 * @param image the first image, if any
 * @param available whether it can be ordered right now
 */
record ProductSummaryResponse(UUID id, String slug, String name, String shortDescription, BigDecimal price,
		BigDecimal originalPrice, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal costPrice, CategoryRef category,
		String subcategory, List<String> tags, Dietary dietary, SpiceLevel spiceLevel, int prepTimeMinutes,
		int servings, String image, boolean available, boolean featured, BigDecimal rating, int reviewCount) {

	record CategoryRef(UUID id, String slug, String name) {
	}

	record Dietary(boolean jain, boolean veg, boolean vegan, boolean glutenFree, boolean nutFree) {
	}

}
