package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * Nutrition per serving; every figure optional. The same shape in requests, responses and
 * the products table, whose {@code DECIMAL(6,2)} columns bound the gram figures.
 *
 * @param calories kcal
 * @param proteinG protein in grams
 * @param carbsG carbohydrates in grams
 * @param fatG fat in grams
 * @param fiberG fibre in grams
 * @param sodiumMg sodium in milligrams
 */
@Embeddable
record Nutrition(@Nullable @Min(0) @Max(10000) Integer calories,
		@Column(name = "protein_g") @Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal proteinG,
		@Column(name = "carbs_g") @Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal carbsG,
		@Column(name = "fat_g") @Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal fatG,
		@Column(name = "fiber_g") @Nullable @DecimalMin("0") @Digits(integer = 4, fraction = 2) BigDecimal fiberG,
		@Column(name = "sodium_mg") @Nullable @Min(0) @Max(100000) Integer sodiumMg) {

	/** No figures at all. */
	static final Nutrition NONE = new Nutrition(null, null, null, null, null, null);

}
