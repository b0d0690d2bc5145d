package com.jainshikanji.inventory.stock;

import java.util.UUID;

/**
 * A stock count lower than what reservations hold: the held units must be released (or
 * sold) before the count can go below them.
 */
public class CountBelowReserved extends RuntimeException {

	CountBelowReserved(UUID productId, int counted, int reserved) {
		super("Counted " + counted + " of product " + productId + ", but " + reserved
				+ " unit(s) are held by reservations");
	}

}
