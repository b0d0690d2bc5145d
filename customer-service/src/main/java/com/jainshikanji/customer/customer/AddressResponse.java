package com.jainshikanji.customer.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

record AddressResponse(UUID id, AddressType type, String label, String line1, String line2, String landmark,
		String city, String state, String postalCode, String country, BigDecimal latitude, BigDecimal longitude,
		boolean isDefault, Instant createdAt, Instant updatedAt) {
}
