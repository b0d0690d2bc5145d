package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.jainshikanji.inventory.catalog.ProductSummaryResponse.CategoryRef;
import com.jainshikanji.inventory.catalog.ProductSummaryResponse.Dietary;

/**
 * A product with everything about it, customizations included.
 *
 * @param costPrice present for admins only
 * @param available whether it can be ordered right now
 * @param availability the switch and window that decide {@code available}
 */
record ProductResponse(UUID id, String slug, String name, String description, String shortDescription, String sku,
		BigDecimal price, BigDecimal originalPrice, @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal costPrice,
		CategoryRef category, String subcategory, List<String> tags, Dietary dietary, SpiceLevel spiceLevel,
		int prepTimeMinutes, int servings, String weight, String unit, Integer shelfLifeDays,
		String storageInstructions, Nutrition nutrition, List<String> images, String videoUrl, boolean available,
		Availability availability, boolean featured, BigDecimal rating, int reviewCount, String metaTitle,
		String metaDescription, List<CustomizationResponse> customizations, Instant createdAt, Instant updatedAt) {

	/**
	 * @param enabled the admin's switch
	 * @param from start of the ordering window, if any
	 * @param until end (exclusive) of the ordering window, if any
	 */
	record Availability(boolean enabled, Instant from, Instant until) {
	}

}
