package com.jainshikanji.customer.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Object mother for the profile feature's unit tests. */
final class TestCustomers {

	static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

	private TestCustomers() {
	}

	/** Asha Jain, a freshly registered customer with nothing in her address book. */
	static Customer asha() {
		return Customer.register(new NewAccount("asha@example.com", "$2a$10$hash", "Asha", "Jain", null), NOW);
	}

	static AddressDetails home() {
		return address("Home", "14 Ratanpole");
	}

	static AddressDetails work() {
		return address("Work", "CG Road");
	}

	static AddressDetails address(String label, String line1) {
		return new AddressDetails(AddressType.HOME, label, line1, null, null, "Ahmedabad", "Gujarat", "380001", "India",
				new BigDecimal("23.0225"), new BigDecimal("72.5714"));
	}

	static PreferencesChange jainAndHot() {
		return new PreferencesChange(SpiceLevel.HOT, Set.of(DietaryRestriction.JAIN),
				List.of("snacks", "shikanji", "snacks"), PaymentMethod.UPI, DeliveryTime.EVENING);
	}

}
