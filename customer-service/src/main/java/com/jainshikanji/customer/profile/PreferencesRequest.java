package com.jainshikanji.customer.profile;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The full set of preferences; missing lists mean "none".
 *
 * <p>
 * The notification switches this request once had moved to the notification service
 * ({@code /api/v1/notifications/preferences/{userId}}, ADR 0011). A client still sending
 * them is told so, rather than having an opt-out silently ignored.
 */
record PreferencesRequest(@NotNull SpiceLevel preferredSpiceLevel, Set<DietaryRestriction> dietaryRestrictions,
		@Size(max = 20) List<@NotBlank @PlainText(max = 100) String> favoriteCategories,
		@Nullable PaymentMethod preferredPaymentMethod, @Nullable DeliveryTime preferredDeliveryTime,
		@Null(message = MOVED) @Nullable Boolean emailNotifications,
		@Null(message = MOVED) @Nullable Boolean smsNotifications,
		@Null(message = MOVED) @Nullable Boolean pushNotifications,
		@Null(message = MOVED) @Nullable Boolean marketingEmails) {

	static final String MOVED = "notification opt-ins are set at /api/v1/notifications/preferences/{userId}";

	PreferencesRequest {
		dietaryRestrictions = (dietaryRestrictions != null) ? Set.copyOf(dietaryRestrictions) : Set.of();
		favoriteCategories = (favoriteCategories != null) ? List.copyOf(favoriteCategories) : List.of();
	}

	PreferencesChange toChange() {
		return new PreferencesChange(this.preferredSpiceLevel, this.dietaryRestrictions, this.favoriteCategories,
				this.preferredPaymentMethod, this.preferredDeliveryTime);
	}

}
