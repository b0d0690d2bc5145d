package com.jainshikanji.customer.customer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

record PreferencesResponse(SpiceLevel preferredSpiceLevel, Set<DietaryRestriction> dietaryRestrictions,
		List<String> favoriteCategories, boolean emailNotifications, boolean smsNotifications,
		boolean pushNotifications, boolean marketingEmails, PaymentMethod preferredPaymentMethod,
		DeliveryTime preferredDeliveryTime, Instant updatedAt) {
}
