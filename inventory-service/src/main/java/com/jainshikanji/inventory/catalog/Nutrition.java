package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Nutrition per serving; every figure optional.
 *
 * @param calories kcal
 * @param proteinG protein in grams
 * @param carbsG carbohydrates in grams
 * @param fatG fat in grams
 * @param fiberG fibre in grams
 * @param sodiumMg sodium in milligrams
 */
public record Nutrition(@Min(0) @Max(10000) Integer calories, @DecimalMin("0") @DecimalMax("9999") BigDecimal proteinG,
		@DecimalMin("0") @DecimalMax("9999") BigDecimal carbsG, @DecimalMin("0") @DecimalMax("9999") BigDecimal fatG,
		@DecimalMin("0") @DecimalMax("9999") BigDecimal fiberG, @Min(0) @Max(100000) Integer sodiumMg) {

	static final Nutrition NONE = new Nutrition(null, null, null, null, null, null);

}
