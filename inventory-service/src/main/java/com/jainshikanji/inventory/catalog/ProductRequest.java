package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.validation.FourDigitYear;

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
		@Nullable @Size(max = 255) @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) String slug,
		@Nullable @Size(max = 5000) String description, @Nullable @Size(max = 500) String shortDescription,
		@Nullable @Size(max = 100) String sku,
		@NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal price,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal originalPrice,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal costPrice, @NotNull UUID categoryId,
		@Nullable @Size(max = 100) String subcategory,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be lower-case letters and digits joined by hyphens") String> tags,
		@Nullable Boolean jain, @Nullable Boolean veg, @Nullable Boolean vegan, @Nullable Boolean glutenFree,
		@Nullable Boolean nutFree, @Nullable SpiceLevel spiceLevel, @Nullable @Min(0) @Max(240) Integer prepTimeMinutes,
		@Nullable @Min(1) @Max(50) Integer servings, @Nullable @Size(max = 50) String weight,
		@Nullable @Size(max = 20) String unit, @Nullable @Min(0) @Max(3650) Integer shelfLifeDays,
		@Nullable @Size(max = 2000) String storageInstructions, @Nullable @Valid Nutrition nutrition,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 500) String> images,
		@Nullable @Size(max = 500) String videoUrl, @Nullable Boolean available,
		@Nullable @FourDigitYear Instant availableFrom, @Nullable @FourDigitYear Instant availableUntil,
		@Nullable Boolean featured, @Nullable @Size(max = 255) String metaTitle,
		@Nullable @Size(max = 500) String metaDescription) {

	/**
	 * The product as the catalog keeps it: defaults filled in, blanks as nothing, the SKU
	 * in upper case. Refuses content that breaks a rule spanning fields.
	 * @throws InvalidProduct naming the rule
	 */
	ProductDetails toDetails() {
		return new ProductDetails(this.name.strip(), (this.slug != null) ? this.slug : Slugs.of(this.name),
				Slugs.blankToNull(this.description), Slugs.blankToNull(this.shortDescription), upperCaseSku(),
				Pricing.of(Money.of(this.price), Money.ofNullable(this.originalPrice),
						Money.ofNullable(this.costPrice)),
				Slugs.blankToNull(this.subcategory),
				(this.tags != null) ? this.tags.stream().distinct().toList() : List.of(),
				new DietaryFlags(or(this.jain, true), or(this.veg, true), or(this.vegan, false),
						or(this.glutenFree, false), or(this.nutFree, false)),
				new Serving((this.spiceLevel != null) ? this.spiceLevel : SpiceLevel.MILD,
						(this.prepTimeMinutes != null) ? this.prepTimeMinutes : 15,
						(this.servings != null) ? this.servings : 1, Slugs.blankToNull(this.weight),
						Slugs.blankToNull(this.unit), this.shelfLifeDays, Slugs.blankToNull(this.storageInstructions)),
				(this.nutrition != null) ? this.nutrition : Nutrition.NONE,
				new Media((this.images != null) ? this.images : List.of(), Slugs.blankToNull(this.videoUrl)),
				new Availability(or(this.available, true), this.availableFrom, this.availableUntil),
				or(this.featured, false),
				new Seo(Slugs.blankToNull(this.metaTitle), Slugs.blankToNull(this.metaDescription)));
	}

	/**
	 * Upper case, one character at a time: never longer than what was validated (a whole
	 * string's upper case can be: "ß" becomes "SS").
	 */
	private @Nullable String upperCaseSku() {
		String sku = Slugs.blankToNull(this.sku);
		if (sku == null) {
			return null;
		}
		StringBuilder upper = new StringBuilder(sku.length());
		sku.codePoints().map(Character::toUpperCase).forEach(upper::appendCodePoint);
		return upper.toString();
	}

	private static boolean or(@Nullable Boolean value, boolean otherwise) {
		return (value != null) ? value : otherwise;
	}

}
