package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.jainshikanji.common.money.Money;

/**
 * A product to create, or the full new content of one. Ratings are the review service's
 * and customizations have their own endpoints, so neither is here.
 *
 * @param slug the URL name; derived from the name when omitted
 * @param price the selling price in rupees
 * @param originalPrice the price before a discount, shown struck through
 * @param costPrice what the product costs the business; only admins ever see it
 * @param available switched on for ordering (default true)
 * @param availableFrom with {@code availableUntil}, an optional window in which the
 * product can be ordered (e.g. seasonal aam panna)
 */
record ProductRequest(@NotBlank @Size(max = 255) String name,
		@Size(max = 255) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
		@Size(max = 5000) String description, @Size(max = 500) String shortDescription, @Size(max = 100) String sku,
		@NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price,
		@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal originalPrice,
		@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal costPrice, @NotNull UUID categoryId,
		@Size(max = 100) String subcategory,
		@Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be lower-case letters and digits joined by hyphens") String> tags,
		Boolean jain, Boolean veg, Boolean vegan, Boolean glutenFree, Boolean nutFree, SpiceLevel spiceLevel,
		@Min(0) @Max(240) Integer prepTimeMinutes, @Min(1) @Max(50) Integer servings, @Size(max = 50) String weight,
		@Size(max = 20) String unit, @Min(0) @Max(3650) Integer shelfLifeDays,
		@Size(max = 2000) String storageInstructions, @Valid Nutrition nutrition,
		@Size(max = 20) List<@NotBlank @Size(max = 500) String> images, @Size(max = 500) String videoUrl,
		Boolean available, Instant availableFrom, Instant availableUntil, Boolean featured,
		@Size(max = 255) String metaTitle, @Size(max = 500) String metaDescription) {

	ProductDetails toDetails() {
		return new ProductDetails(this.name.strip(), (this.slug != null) ? this.slug : Slugs.of(this.name),
				Slugs.blankToNull(this.description), Slugs.blankToNull(this.shortDescription),
				(Slugs.blankToNull(this.sku) != null) ? this.sku.strip().toUpperCase(Locale.ROOT) : null,
				Money.of(this.price), Money.ofNullable(this.originalPrice), Money.ofNullable(this.costPrice),
				Slugs.blankToNull(this.subcategory),
				(this.tags != null) ? this.tags.stream().distinct().toList() : List.of(), or(this.jain, true),
				or(this.veg, true), or(this.vegan, false), or(this.glutenFree, false), or(this.nutFree, false),
				(this.spiceLevel != null) ? this.spiceLevel : SpiceLevel.MILD,
				(this.prepTimeMinutes != null) ? this.prepTimeMinutes : 15, (this.servings != null) ? this.servings : 1,
				Slugs.blankToNull(this.weight), Slugs.blankToNull(this.unit), this.shelfLifeDays,
				Slugs.blankToNull(this.storageInstructions), (this.nutrition != null) ? this.nutrition : Nutrition.NONE,
				(this.images != null) ? List.copyOf(this.images) : List.of(), Slugs.blankToNull(this.videoUrl),
				or(this.available, true), this.availableFrom, this.availableUntil, or(this.featured, false),
				Slugs.blankToNull(this.metaTitle), Slugs.blankToNull(this.metaDescription));
	}

	private static boolean or(Boolean value, boolean otherwise) {
		return (value != null) ? value : otherwise;
	}

}
