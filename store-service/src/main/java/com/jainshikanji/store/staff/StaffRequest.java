package com.jainshikanji.store.staff;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user to put to work at a store.
 *
 * @param userId the identity user (the id customer-service knows them by)
 */
record StaffRequest(@NotNull UUID userId, @NotBlank @Size(max = 255) String name, @Email @Size(max = 255) String email,
		@Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone, @NotNull StaffRole role, LocalDate hireDate) {

	static final String PHONE = "\\+?[0-9][0-9 -]{6,18}";

	static final String PHONE_MESSAGE = "must be 7 to 20 digits, spaces or hyphens, optionally after a +";

	StaffDetails toDetails() {
		return details(this.name, this.email, this.phone, this.role, this.hireDate);
	}

	static StaffDetails details(String name, String email, String phone, StaffRole role, LocalDate hireDate) {
		return new StaffDetails(name.strip(),
				(email == null || email.isBlank()) ? null : email.strip().toLowerCase(Locale.ROOT),
				(phone == null || phone.isBlank()) ? null : phone.strip(), role, hireDate);
	}

}
