package com.jainshikanji.inventory.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manual change of units on hand.
 *
 * @param change units added (positive) or taken away (negative); never zero
 * @param reason why; RESTOCK and RETURN add, WASTE and DAMAGE take away, CORRECTION
 * either
 */
record AdjustmentRequest(@NotNull @Min(-100000) @Max(100000) Integer change, @NotNull ManualReason reason,
		@Size(max = 500) String note) {

	/** The reasons a person may give; the others are recorded by the service itself. */
	enum ManualReason {

		RESTOCK(1), RETURN(1), WASTE(-1), DAMAGE(-1), CORRECTION(0);

		private final int direction;

		ManualReason(int direction) {
			this.direction = direction;
		}

		void check(int change) {
			if (change == 0) {
				throw new InvalidStockChange("change must not be zero");
			}
			if (this.direction != 0 && Integer.signum(change) != this.direction) {
				throw new InvalidStockChange(name() + " " + ((this.direction > 0) ? "adds" : "takes away")
						+ " stock: change must be " + ((this.direction > 0) ? "positive" : "negative"));
			}
		}

		StockChangeReason recorded() {
			return StockChangeReason.valueOf(name());
		}

	}

}
