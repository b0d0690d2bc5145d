package com.jainshikanji.inventory.reservation;

import java.util.UUID;

import jakarta.persistence.Embeddable;

import com.jainshikanji.inventory.stock.StockLine;

/** Units of one product held by a reservation. */
@Embeddable
class ReservationLine {

	private UUID productId;

	private int quantity;

	protected ReservationLine() {
	}

	ReservationLine(UUID productId, int quantity) {
		this.productId = productId;
		this.quantity = quantity;
	}

	StockLine toStockLine() {
		return new StockLine(this.productId, this.quantity);
	}

}
