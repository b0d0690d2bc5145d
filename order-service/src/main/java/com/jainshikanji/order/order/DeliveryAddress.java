package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The address an order goes to, copied from the customer's address book when ordering
 * (stored as JSON, as the spec's {@code delivery_address}): editing or deleting the saved
 * address later does not move the order.
 *
 * @param addressId the saved address it was copied from
 */
public record DeliveryAddress(UUID addressId, @Nullable String label, String line1, @Nullable String line2,
		@Nullable String landmark, String city, String state, String postalCode, String country,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
}
