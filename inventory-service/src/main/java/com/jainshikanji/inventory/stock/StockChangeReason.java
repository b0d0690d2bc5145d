package com.jainshikanji.inventory.stock;

/** Why a stock row's quantities changed, as recorded in the audit trail. */
public enum StockChangeReason {

	/** Goods arrived outside a purchase order. */
	RESTOCK,

	/** Spoiled or expired and thrown away. */
	WASTE,

	/** Broken or spilled. */
	DAMAGE,

	/** A customer brought goods back to the shelf. */
	RETURN,

	/** Fixing a mistake, either way. */
	CORRECTION,

	/** A stock take set the count. */
	STOCK_COUNT,

	/** A purchase order was received. */
	PURCHASE_ORDER,

	/** Held for an order being placed. */
	RESERVED,

	/** An order was placed: held units left the shelf. */
	SOLD,

	/** Order placement gave held units back. */
	RESERVATION_RELEASED,

	/** A reservation nobody committed or released ran out; its units came back. */
	RESERVATION_EXPIRED,

	/** An order whose units were sold was cancelled: they are back on the shelf. */
	ORDER_CANCELLED

}
