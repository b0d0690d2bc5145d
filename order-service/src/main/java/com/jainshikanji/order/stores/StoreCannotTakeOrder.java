package com.jainshikanji.order.stores;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The store cannot take this order now; {@code reasons} says why, e.g. {@code closed},
 * {@code not-deliverable} (no zone covers the address), {@code below-minimum-order},
 * {@code not-accepting-orders}.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "store-cannot-take-order",
		title = "The store cannot take this order now")
class StoreCannotTakeOrder extends RuntimeException implements ProblemExtensions {

	private final List<String> reasons;

	/**
	 * @param blockers the store service's blockers, e.g. {@code BELOW_MINIMUM_ORDER}
	 */
	StoreCannotTakeOrder(List<String> blockers) {
		super("The store cannot take this order now: " + blockers.stream()
			.map((blocker) -> blocker.toLowerCase(Locale.ROOT).replace('_', ' '))
			.collect(Collectors.joining(", ")));
		this.reasons = blockers.stream().map((blocker) -> blocker.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("reasons", this.reasons);
	}

}
