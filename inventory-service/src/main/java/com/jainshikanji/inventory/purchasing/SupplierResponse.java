package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record SupplierResponse(UUID id, String name, @Nullable String email, @Nullable String phone, @Nullable String address,
		@Nullable String contactPerson, @Nullable String paymentTerms, @Nullable String taxId, boolean active,
		Instant createdAt, Instant updatedAt) {
}
