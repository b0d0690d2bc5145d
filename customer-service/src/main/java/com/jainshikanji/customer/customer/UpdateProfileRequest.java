package com.jainshikanji.customer.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A full replacement of the editable profile fields. Email, roles, loyalty figures and
 * verification flags are not part of it, so a request body cannot set them.
 */
record UpdateProfileRequest(@NotBlank @Size(max = 100) String firstName, @Size(max = 100) String lastName,
		@Size(max = 255) String displayName,
		@Pattern(regexp = PHONE,
				message = "must be a phone number of 10 to 15 digits, optionally starting with +") String phone,
		@Past LocalDate dateOfBirth, Gender gender) {

	static final String PHONE = "\\+?[0-9]{10,15}";

	ProfileChange toChange() {
		return new ProfileChange(this.firstName.strip(), blankToNull(this.lastName), blankToNull(this.displayName),
				blankToNull(this.phone), this.dateOfBirth, this.gender);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
