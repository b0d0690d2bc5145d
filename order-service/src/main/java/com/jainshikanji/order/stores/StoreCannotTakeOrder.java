package com.jainshikanji.order.stores;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The store cannot take this order now; {@code reasons} says why, e.g. {@code closed},
 * {@code not-deliverable} (no zone covers the address), {@code below-minimum-order},
 * {@code not-accepting-orders}; under the minimum for delivery, {@code minimumOrderValue}
 * says what it is.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "store-cannot-take-order",
		title = "The store cannot take this order now")
class StoreCannotTakeOrder extends RuntimeException implements ProblemExtensions {

	private static final String BELOW_MINIMUM = "BELOW_MINIMUM_ORDER";

	private final List<String> reasons;

	private final @Nullable Money minimumOrderValue;

	/**
	 * @param blockers the store service's blockers, e.g. {@code BELOW_MINIMUM_ORDER}
	 * @param minimumOrderValue the store's minimum for delivery, told to the customer
	 * when the order is under it (an app shows how much is missing)
	 */
	StoreCannotTakeOrder(List<String> blockers, @Nullable Money minimumOrderValue) {
		super("The store cannot take this order now: " + blockers.stream()
			.map((blocker) -> blocker.toLowerCase(Locale.ROOT).replace('_', ' ')
					+ ((blocker.equals(BELOW_MINIMUM) && minimumOrderValue != null)
							? " of " + minimumOrderValue.amount().toPlainString() : ""))
			.collect(Collectors.joining(", ")));
		this.reasons = blockers.stream().map((blocker) -> blocker.toLowerCase(Locale.ROOT).replace('_', '-')).toList();
		this.minimumOrderValue = blockers.contains(BELOW_MINIMUM) ? minimumOrderValue : null;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return (this.minimumOrderValue != null)
				? Map.of("reasons", this.reasons, "minimumOrderValue", this.minimumOrderValue.amount())
				: Map.of("reasons", this.reasons);
	}

}
