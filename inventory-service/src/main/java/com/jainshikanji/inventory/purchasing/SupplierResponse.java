package com.jainshikanji.inventory.purchasing;

import java.time.Instant;
import java.util.UUID;

record SupplierResponse(UUID id, String name, String email, String phone, String address, String contactPerson,
		String paymentTerms, String taxId, boolean active, Instant createdAt, Instant updatedAt) {
}
