package com.jainshikanji.order.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * Stock the inventory service holds for an order.
 *
 * @param expiresAt when it gives the stock back unless the order's confirmation commits
 * it first
 */
public record HeldStock(UUID reservationId, Instant expiresAt) {
}
