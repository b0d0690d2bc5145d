package com.jainshikanji.inventory.stock;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Not enough available stock for what was asked; names every product short, in the
 * problem's {@code shortages} too.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "insufficient-stock", title = "Insufficient stock")
class InsufficientStock extends RuntimeException implements ProblemExtensions {

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

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("storeId", this.storeId, "shortages", this.shortages);
	}

	/**
	 * @param requested units asked for
	 * @param available units that could be had
	 */
	record Shortage(UUID productId, int requested, int available) {
	}

}
