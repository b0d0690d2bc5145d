package com.jainshikanji.inventory.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.inventory.ProductOutOfStock;
import com.jainshikanji.common.events.inventory.StockLow;
import com.jainshikanji.common.events.inventory.StockRestocked;

/**
 * The quantities of one stock row at one moment.
 *
 * <p>
 * <b>Available</b> is what can still be sold: {@code current - reserved}. Reserved units
 * are on the shelf but promised to orders being placed. Stock events follow available
 * stock, since that is what decides whether a customer can order, and their
 * {@code currentStock} figures are available units.
 *
 * @param current units on hand
 * @param reserved units held by reservations, never more than {@code current}
 * @param min the minimum below which stock counts as low
 */
record StockLevel(int current, int reserved, int min) {

	/** The most units a stock row counts: its columns are {@code INT}. */
	static final int MAX = Integer.MAX_VALUE;

	/**
	 * Whether adding {@code change} units (taking away when negative) would pass
	 * {@link #MAX}.
	 */
	boolean exceedsMaxWith(int change) {
		return (long) this.current + change > MAX;
	}

	/** Whether taking away units would leave fewer on hand than reservations hold. */
	boolean belowReservedWith(int change) {
		return (long) this.current + change < this.reserved;
	}

	int available() {
		return this.current - this.reserved;
	}

	StockStatus status() {
		return StockStatus.of(available(), this.min);
	}

	/**
	 * The events announcing the move from {@code before} to this level: one per threshold
	 * crossed, none while the status stays the same.
	 * <ul>
	 * <li>into LOW (from IN_STOCK, or back up from OUT_OF_STOCK): {@link StockLow}</li>
	 * <li>from IN_STOCK straight to OUT_OF_STOCK: {@link StockLow}, then
	 * {@link ProductOutOfStock}</li>
	 * <li>from LOW to OUT_OF_STOCK: {@link ProductOutOfStock}</li>
	 * <li>into IN_STOCK (from LOW or OUT_OF_STOCK): {@link StockRestocked}</li>
	 * </ul>
	 * Every change is made under the stock row's lock, so {@code before} is exact and
	 * each crossing is announced exactly once.
	 */
	List<IntegrationEvent> eventsSince(StockLevel before, UUID productId, UUID storeId) {
		StockStatus from = before.status();
		StockStatus to = status();
		List<IntegrationEvent> events = new ArrayList<>();
		if (from == to) {
			return events;
		}
		switch (to) {
			case LOW -> events.add(new StockLow(productId, storeId, available(), this.min));
			case OUT_OF_STOCK -> {
				if (from == StockStatus.IN_STOCK) {
					events.add(new StockLow(productId, storeId, available(), this.min));
				}
				events.add(new ProductOutOfStock(productId, storeId));
			}
			case IN_STOCK -> events.add(new StockRestocked(productId, storeId, available()));
		}
		return events;
	}

}
