package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.inventory.catalog.ProductSummaryResponse.CategoryRef;
import com.jainshikanji.inventory.catalog.ProductSummaryResponse.Dietary;

/**
 * A product with everything about it, customizations included.
 *
 * @param costPrice present for admins only
 * @param available whether it can be ordered right now
 * @param availability the switch and window that decide {@code available}
 */
record ProductResponse(UUID id, String slug, String name, @Nullable String description,
		@Nullable String shortDescription, @Nullable String sku, BigDecimal price, @Nullable BigDecimal originalPrice,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable BigDecimal costPrice, CategoryRef category,
		@Nullable String subcategory, List<String> tags, Dietary dietary, SpiceLevel spiceLevel, int prepTimeMinutes,
		int servings, @Nullable String weight, @Nullable String unit, @Nullable Integer shelfLifeDays,
		@Nullable String storageInstructions, Nutrition nutrition, List<String> images, @Nullable String videoUrl,
		boolean available, AvailabilityResponse availability, boolean featured, BigDecimal rating, int reviewCount,
		@Nullable String metaTitle, @Nullable String metaDescription, List<CustomizationResponse> customizations,
		Instant createdAt, Instant updatedAt) {

	/**
	 * @param enabled the admin's switch
	 * @param from start of the ordering window, if any
	 * @param until end (exclusive) of the ordering window, if any
	 */
	record AvailabilityResponse(boolean enabled, @Nullable Instant from, @Nullable Instant until) {
	}

}
