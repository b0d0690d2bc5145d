package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A product the customer marked as a favorite. */
@Embeddable
record Favorite(UUID productId, Instant createdAt) {
}
