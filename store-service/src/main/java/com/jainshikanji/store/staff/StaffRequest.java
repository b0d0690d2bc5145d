package com.jainshikanji.store.staff;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.store.validation.DateWithin;
import com.jainshikanji.store.validation.EmailAddress;
import com.jainshikanji.store.validation.PlainText;

/**
 * A user to put to work at a store.
 *
 * @param userId the identity user (the id customer-service knows them by)
 * @param hireDate between 1900-01-01 and 2999-12-31
 */
record StaffRequest(@NotNull UUID userId, @NotBlank @PlainText(max = 255) String name,
		@Nullable @EmailAddress(max = 255) String email,
		@Nullable @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String phone, @NotNull StaffRole role,
		@Nullable @DateWithin(from = EARLIEST_HIRE_DATE, to = LATEST_HIRE_DATE) LocalDate hireDate) {

	static final String PHONE = "\\+?[0-9][0-9 -]{6,18}";

	static final String PHONE_MESSAGE = "must be 7 to 20 digits, spaces or hyphens, optionally after a +";

	static final String EARLIEST_HIRE_DATE = "1900-01-01";

	static final String LATEST_HIRE_DATE = "2999-12-31";

	StaffDetails toDetails() {
		return StaffDetails.of(this.name, this.email, this.phone, this.role, this.hireDate);
	}

}
