package com.jainshikanji.order.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The store has not enough of some items right now; names each, with what was asked and
 * what is left, in {@code shortages}. Nothing was held.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "insufficient-stock", title = "Not enough stock")
class InsufficientStock extends RuntimeException implements ProblemExtensions {

	private final List<Shortage> shortages;

	InsufficientStock(List<Shortage> shortages) {
		super("Not enough in stock: " + shortages.stream()
			.map((shortage) -> shortage.productName() + " (asked " + shortage.requested() + ", " + shortage.available()
					+ " left)")
			.collect(Collectors.joining(", ")));
		this.shortages = List.copyOf(shortages);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("shortages", this.shortages);
	}

	/**
	 * @param itemIndexes the request's lines of this product (from 0)
	 */
	record Shortage(UUID productId, String productName, List<Integer> itemIndexes, int requested, int available) {
	}

}
