package com.jainshikanji.inventory.stock;

/**
 * What a store can still sell of a product: the units, for those who may see them, and
 * where they stand against the minimum, for everyone.
 *
 * @param available units that can still be sold ({@code current - reserved})
 * @param status in stock, low (at or below the minimum) or out of stock
 */
public record SellableStock(int available, StockStatus status) {

	/** What a store that does not stock the product can sell of it. */
	public static final SellableStock NONE = new SellableStock(0, StockStatus.OUT_OF_STOCK);

}
