package com.jainshikanji.customer.profile;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A complete new set of preferences, as the customer chose them.
 *
 * @param spiceLevel how spicy they like it
 * @param dietaryRestrictions what the menu should leave out for them
 * @param favoriteCategories menu categories they like, without duplicates, sorted
 * @param paymentMethod the payment method to offer first
 * @param deliveryTime the part of the day they prefer deliveries in
 */
record PreferencesChange(SpiceLevel spiceLevel, Set<DietaryRestriction> dietaryRestrictions,
		List<String> favoriteCategories, @Nullable PaymentMethod paymentMethod, @Nullable DeliveryTime deliveryTime) {

	PreferencesChange {
		dietaryRestrictions = Set.copyOf(dietaryRestrictions);
		favoriteCategories = List.copyOf(new TreeSet<>(favoriteCategories));
	}

}
