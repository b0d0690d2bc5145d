package com.jainshikanji.customer;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Typed request bodies for tests, each starting from a valid default and changed with
 * withers: {@code TestRequests.address().label("Work").makeDefault(true)}. A {@code null}
 * component is sent as {@code null}, which the API reads as absent.
 */
final class TestRequests {

	private TestRequests() {
	}

	/** The profile every test customer registers with (Asha Jain), otherwise empty. */
	static ProfileBody profile() {
		return new ProfileBody("Asha", "Jain", null, null, null, null);
	}

	/** A complete address in Ahmedabad. */
	static AddressBody address() {
		return new AddressBody(null, "Home", "12 Relief Road", null, null, "Ahmedabad", "Gujarat", "380001", null, null,
				null, false);
	}

	/** The preferences a new customer has. */
	static PreferencesBody preferences() {
		return new PreferencesBody("MILD", List.of(), List.of(), null, null);
	}

	record ProfileBody(String firstName, String lastName, String displayName, String phone, String dateOfBirth,
			String gender) {

		ProfileBody firstName(String value) {
			return new ProfileBody(value, this.lastName, this.displayName, this.phone, this.dateOfBirth, this.gender);
		}

		ProfileBody lastName(String value) {
			return new ProfileBody(this.firstName, value, this.displayName, this.phone, this.dateOfBirth, this.gender);
		}

		ProfileBody displayName(String value) {
			return new ProfileBody(this.firstName, this.lastName, value, this.phone, this.dateOfBirth, this.gender);
		}

		ProfileBody phone(String value) {
			return new ProfileBody(this.firstName, this.lastName, this.displayName, value, this.dateOfBirth,
					this.gender);
		}

		ProfileBody dateOfBirth(String value) {
			return new ProfileBody(this.firstName, this.lastName, this.displayName, this.phone, value, this.gender);
		}

		ProfileBody gender(String value) {
			return new ProfileBody(this.firstName, this.lastName, this.displayName, this.phone, this.dateOfBirth,
					value);
		}

	}

	record AddressBody(String type, String label, String line1, String line2, String landmark, String city,
			String state, String postalCode, String country, BigDecimal latitude, BigDecimal longitude,
			@JsonProperty("isDefault") Boolean isDefault) {

		AddressBody label(String value) {
			return new AddressBody(this.type, value, this.line1, this.line2, this.landmark, this.city, this.state,
					this.postalCode, this.country, this.latitude, this.longitude, this.isDefault);
		}

		AddressBody line1(String value) {
			return new AddressBody(this.type, this.label, value, this.line2, this.landmark, this.city, this.state,
					this.postalCode, this.country, this.latitude, this.longitude, this.isDefault);
		}

		AddressBody line2(String value) {
			return new AddressBody(this.type, this.label, this.line1, value, this.landmark, this.city, this.state,
					this.postalCode, this.country, this.latitude, this.longitude, this.isDefault);
		}

		AddressBody city(String value) {
			return new AddressBody(this.type, this.label, this.line1, this.line2, this.landmark, value, this.state,
					this.postalCode, this.country, this.latitude, this.longitude, this.isDefault);
		}

		AddressBody postalCode(String value) {
			return new AddressBody(this.type, this.label, this.line1, this.line2, this.landmark, this.city, this.state,
					value, this.country, this.latitude, this.longitude, this.isDefault);
		}

		AddressBody location(double latitude, double longitude) {
			return new AddressBody(this.type, this.label, this.line1, this.line2, this.landmark, this.city, this.state,
					this.postalCode, this.country, BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude),
					this.isDefault);
		}

		AddressBody makeDefault(Boolean value) {
			return new AddressBody(this.type, this.label, this.line1, this.line2, this.landmark, this.city, this.state,
					this.postalCode, this.country, this.latitude, this.longitude, value);
		}

	}

	record PreferencesBody(String preferredSpiceLevel, List<String> dietaryRestrictions,
			List<String> favoriteCategories, String preferredPaymentMethod, String preferredDeliveryTime) {

		PreferencesBody spiceLevel(String value) {
			return new PreferencesBody(value, this.dietaryRestrictions, this.favoriteCategories,
					this.preferredPaymentMethod, this.preferredDeliveryTime);
		}

		PreferencesBody dietaryRestrictions(String... values) {
			return new PreferencesBody(this.preferredSpiceLevel, List.of(values), this.favoriteCategories,
					this.preferredPaymentMethod, this.preferredDeliveryTime);
		}

		PreferencesBody favoriteCategories(String... values) {
			return new PreferencesBody(this.preferredSpiceLevel, this.dietaryRestrictions, List.of(values),
					this.preferredPaymentMethod, this.preferredDeliveryTime);
		}

		PreferencesBody payment(String method) {
			return new PreferencesBody(this.preferredSpiceLevel, this.dietaryRestrictions, this.favoriteCategories,
					method, this.preferredDeliveryTime);
		}

		PreferencesBody deliveryTime(String time) {
			return new PreferencesBody(this.preferredSpiceLevel, this.dietaryRestrictions, this.favoriteCategories,
					this.preferredPaymentMethod, time);
		}

	}

}
