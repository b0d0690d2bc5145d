package com.jainshikanji.inventory.stock;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A quantity of one product.
 *
 * @param quantity units, always positive
 */
public record StockLine(UUID productId, int quantity) {

	public StockLine {
		if (quantity <= 0) {
			throw new IllegalArgumentException("A stock line needs a positive quantity, not " + quantity);
		}
	}

	/**
	 * The lines in product id order: every transaction that changes several stock rows
	 * locks them in this one order, so two of them never wait on each other in a circle.
	 */
	static List<StockLine> inLockOrder(Collection<StockLine> lines) {
		return lines.stream().sorted(Comparator.comparing(StockLine::productId)).toList();
	}

}
