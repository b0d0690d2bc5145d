package com.jainshikanji.customer.profile;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The full set of preferences; missing lists mean "none", missing switches mean "off".
 */
record PreferencesRequest(@NotNull SpiceLevel preferredSpiceLevel, Set<DietaryRestriction> dietaryRestrictions,
		@Size(max = 20) List<@NotBlank @Size(max = 100) String> favoriteCategories, boolean emailNotifications,
		boolean smsNotifications, boolean pushNotifications, boolean marketingEmails,
		@Nullable PaymentMethod preferredPaymentMethod, @Nullable DeliveryTime preferredDeliveryTime) {

	PreferencesRequest {
		dietaryRestrictions = (dietaryRestrictions != null) ? Set.copyOf(dietaryRestrictions) : Set.of();
		favoriteCategories = (favoriteCategories != null) ? List.copyOf(favoriteCategories) : List.of();
	}

	PreferencesChange toChange() {
		return new PreferencesChange(this.preferredSpiceLevel, this.dietaryRestrictions, this.favoriteCategories,
				new Notifications(this.emailNotifications, this.smsNotifications, this.pushNotifications,
						this.marketingEmails),
				this.preferredPaymentMethod, this.preferredDeliveryTime);
	}

}
