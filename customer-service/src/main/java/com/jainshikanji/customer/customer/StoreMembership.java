package com.jainshikanji.customer.customer;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A store the user works at, as the store service reported it. */
@Embeddable
record StoreMembership(UUID storeId, UUID staffId, Instant assignedAt) {
}
