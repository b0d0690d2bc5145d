package com.jainshikanji.inventory.catalog;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * How a product is made and served, and how long it keeps.
 *
 * @param spiceLevel how hot (or sweet) it is
 * @param prepTimeMinutes minutes from order to counter
 * @param servings people one unit serves
 * @param weight e.g. "300 ml"
 * @param unit the unit {@code weight} is in, e.g. "ml"
 * @param shelfLifeDays days it keeps, for packaged goods
 * @param storageInstructions e.g. "Keep refrigerated"
 */
@Embeddable
record Serving(@Enumerated(EnumType.STRING) SpiceLevel spiceLevel, int prepTimeMinutes, int servings,
		@Nullable String weight, @Nullable String unit, @Nullable Integer shelfLifeDays,
		@Nullable String storageInstructions) {

}
