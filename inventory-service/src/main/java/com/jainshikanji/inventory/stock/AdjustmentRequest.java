package com.jainshikanji.inventory.stock;

import java.util.Objects;

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

	/** Whether this is the request that made the earlier adjustment (a retry of it). */
	boolean made(AdjustmentResponse earlier) {
		return earlier.stockChange() == this.change && earlier.reason() == this.reason.recorded()
				&& Objects.equals(earlier.note(), this.note);
	}

}
