package com.jainshikanji.inventory.stock;

/**
 * The reasons a person may give for changing units on hand, each with the direction it
 * moves stock; the other {@link StockChangeReason}s are recorded by the service itself.
 */
enum ManualReason {

	/** Goods arrived outside a purchase order: adds. */
	RESTOCK(1),

	/** A customer brought goods back: adds. */
	RETURN(1),

	/** Spoiled or expired: takes away. */
	WASTE(-1),

	/** Broken or spilled: takes away. */
	DAMAGE(-1),

	/** Fixing a mistake: either way. */
	CORRECTION(0);

	private final int direction;

	ManualReason(int direction) {
		this.direction = direction;
	}

	/**
	 * Refuses a change this reason cannot explain: none at all, or one the wrong way.
	 * @throws InvalidStockChange saying which way it must go
	 */
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
