package com.jainshikanji.order.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the order is cancelled; shown to the customer and the store. */
record CancelRequest(@NotBlank @Size(max = 500) String reason) {
}
