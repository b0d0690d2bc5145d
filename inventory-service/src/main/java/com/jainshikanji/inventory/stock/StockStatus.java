package com.jainshikanji.inventory.stock;

/** Where available stock stands against the minimum. */
public enum StockStatus {

	/** Above the minimum. */
	IN_STOCK,

	/** Some left, but at or below the minimum. */
	LOW,

	/** Nothing available. */
	OUT_OF_STOCK;

	static StockStatus of(int available, int min) {
		if (available <= 0) {
			return OUT_OF_STOCK;
		}
		return (available <= min) ? LOW : IN_STOCK;
	}

}
