package com.jainshikanji.store.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A staff record.
 *
 * @param deactivatedAt when the record was last deactivated; {@code null} while active
 */
record StaffResponse(UUID id, UUID storeId, UUID userId, String name, String email, String phone, StaffRole role,
		boolean active, LocalDate hireDate, Instant deactivatedAt, Instant createdAt, Instant updatedAt) {
}
