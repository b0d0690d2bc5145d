package com.jainshikanji.payment.checkout;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Start paying an order online. Only the order: its amount comes from the order service.
 */
record InitiateRequest(@NotNull UUID orderId) {
}
