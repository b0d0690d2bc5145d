package com.jainshikanji.analytics.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.events.order.OrderLine;

/**
 * One line of an order: what product sales are made of.
 *
 * @param lineTotal the line's value in rupees (price with options times quantity), before
 * tax, fees and discounts
 */
@Embeddable
record LineFact(UUID productId, String productName, @Nullable UUID categoryId, int quantity, BigDecimal lineTotal) {

	static List<LineFact> of(List<OrderLine> lines) {
		List<LineFact> facts = new ArrayList<>(lines.size());
		for (OrderLine line : lines) {
			facts.add(new LineFact(line.productId(), line.productName(), line.categoryId(), line.quantity(),
					line.lineTotal()));
		}
		return facts;
	}

}
