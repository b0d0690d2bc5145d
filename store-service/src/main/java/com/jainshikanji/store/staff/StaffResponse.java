package com.jainshikanji.store.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff record.
 *
 * @param active whether the member works at the store (the manager's say)
 * @param accountActive whether the member's account may be used: false once an
 * administrator deactivated it (the member can no longer sign in), whatever the record
 * says
 * @param deactivatedAt when the record was last deactivated; {@code null} while active
 */
record StaffResponse(UUID id, UUID storeId, UUID userId, String name, @Nullable String email, @Nullable String phone,
		StaffRole role, boolean active, boolean accountActive, @Nullable LocalDate hireDate,
		@Nullable Instant deactivatedAt, Instant createdAt, Instant updatedAt) {
}
