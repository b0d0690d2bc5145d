package com.jainshikanji.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A manual change of units on hand.
 *
 * @param change units added (positive) or taken away (negative); never zero
 * @param reason why; RESTOCK and RETURN add, WASTE and DAMAGE take away, CORRECTION
 * either
 */
record AdjustmentRequest(@NotNull @Min(-100000) @Max(100000) Integer change, @NotNull ManualReason reason,
		@Nullable @Size(max = 500) String note) {
}
