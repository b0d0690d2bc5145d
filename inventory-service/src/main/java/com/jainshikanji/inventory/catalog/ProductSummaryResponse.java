package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A product as listed when browsing.
 *
 * @param costPrice present for admins only
 * @param image the first image, if any
 * @param available whether it can be ordered right now
 */
record ProductSummaryResponse(UUID id, String slug, String name, @Nullable String shortDescription, BigDecimal price,
		@Nullable BigDecimal originalPrice, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal costPrice,
		CategoryRef category, @Nullable String subcategory, List<String> tags, Dietary dietary, SpiceLevel spiceLevel,
		int prepTimeMinutes, int servings, @Nullable String image, boolean available, boolean featured,
		BigDecimal rating, int reviewCount) {

	record CategoryRef(UUID id, String slug, String name) {
	}

	record Dietary(boolean jain, boolean veg, boolean vegan, boolean glutenFree, boolean nutFree) {
	}

}
