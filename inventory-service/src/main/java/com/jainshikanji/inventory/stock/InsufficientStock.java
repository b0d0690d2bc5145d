package com.jainshikanji.inventory.stock;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Not enough available stock for what was asked; names every product short. */
public class InsufficientStock extends RuntimeException {

	private final UUID storeId;

	private final List<Shortage> shortages;

	InsufficientStock(UUID storeId, List<Shortage> shortages) {
		super("Not enough stock at store " + storeId + ": "
				+ shortages.stream()
					.map((shortage) -> shortage.productId() + " (requested " + shortage.requested() + ", available "
							+ shortage.available() + ")")
					.collect(Collectors.joining(", ")));
		this.storeId = storeId;
		this.shortages = List.copyOf(shortages);
	}

	public UUID storeId() {
		return this.storeId;
	}

	public List<Shortage> shortages() {
		return this.shortages;
	}

	/**
	 * @param requested units asked for
	 * @param available units that could be had
	 */
	public record Shortage(UUID productId, int requested, int available) {
	}

}
