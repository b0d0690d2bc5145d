package com.jainshikanji.inventory.stock;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A stock count lower than what reservations hold: the held units must be released (or
 * sold) before the count can go below them.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "count-below-reserved", title = "Count below reserved stock")
class CountBelowReserved extends RuntimeException {

	CountBelowReserved(UUID productId, int counted, int reserved) {
		super("Counted " + counted + " of product " + productId + ", but " + reserved
				+ " unit(s) are held by reservations");
	}

}
