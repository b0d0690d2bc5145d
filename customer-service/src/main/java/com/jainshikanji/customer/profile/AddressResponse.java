package com.jainshikanji.customer.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

record AddressResponse(UUID id, AddressType type, @Nullable String label, String line1, @Nullable String line2,
		@Nullable String landmark, String city, String state, String postalCode, String country,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude, boolean isDefault, Instant createdAt,
		Instant updatedAt) {
}
