package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

record PreferencesResponse(SpiceLevel preferredSpiceLevel, Set<DietaryRestriction> dietaryRestrictions,
		List<String> favoriteCategories, @Nullable PaymentMethod preferredPaymentMethod,
		@Nullable DeliveryTime preferredDeliveryTime, Instant updatedAt) {
}
