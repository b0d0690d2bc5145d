package com.jainshikanji.store.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff record.
 *
 * @param deactivatedAt when the record was last deactivated; {@code null} while active
 */
record StaffResponse(UUID id, UUID storeId, UUID userId, String name, @Nullable String email, @Nullable String phone,
		StaffRole role, boolean active, @Nullable LocalDate hireDate, @Nullable Instant deactivatedAt,
		Instant createdAt, Instant updatedAt) {
}
