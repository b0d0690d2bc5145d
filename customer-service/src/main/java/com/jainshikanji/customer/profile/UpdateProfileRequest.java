package com.jainshikanji.customer.profile;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import org.jspecify.annotations.Nullable;

/**
 * A full replacement of the editable profile fields. Email, roles, loyalty figures and
 * verification flags are not part of it, so a request body cannot set them. Every bound
 * matches its column, so no value that passes validation can fail to be stored.
 */
record UpdateProfileRequest(@NotBlank @PlainText(max = 100) String firstName,
		@Nullable @PlainText(max = 100) String lastName, @Nullable @PlainText(max = 255) String displayName,
		@Schema(description = PhoneNumber.DESCRIPTION) @Nullable @ValidPhone String phone,
		@Nullable @Past @OnOrAfter("1900-01-01") LocalDate dateOfBirth, @Nullable Gender gender) {

	ProfileChange toChange() {
		return new ProfileChange(this.firstName.strip(), blankToNull(this.lastName), blankToNull(this.displayName),
				PhoneNumber.ofNullable(this.phone), this.dateOfBirth, this.gender);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
