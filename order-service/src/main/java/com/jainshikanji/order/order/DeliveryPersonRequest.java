package com.jainshikanji.order.order;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Who delivers the order: the user id of a delivery rider of its store. */
record DeliveryPersonRequest(@NotNull UUID userId) {
}
