package com.jainshikanji.order.order;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The store moves an order on.
 *
 * @param status the next status (or {@code cancelled} to reject the order)
 * @param note for the timeline; the reason when rejecting
 * @param cashCollected for a cash-on-delivery order marked delivered: whether the cash
 * came in (required then)
 */
record StatusChangeRequest(@NotNull OrderStatus status, @Nullable @Size(max = 500) String note,
		@Nullable Boolean cashCollected) {

	StatusChange toChange() {
		return new StatusChange(this.status, this.note, this.cashCollected);
	}

}
