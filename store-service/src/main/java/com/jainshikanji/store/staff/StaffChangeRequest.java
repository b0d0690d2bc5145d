package com.jainshikanji.store.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.store.validation.DateWithin;
import com.jainshikanji.store.validation.EmailAddress;
import com.jainshikanji.store.validation.PlainText;

/**
 * The full new content of a staff record.
 *
 * @param active false deactivates the record (as removing it does), true brings it back
 * @param hireDate between 1900-01-01 and 2999-12-31
 */
record StaffChangeRequest(@NotBlank @PlainText(max = 255) String name, @Nullable @EmailAddress(max = 255) String email,
		@Nullable @Pattern(regexp = StaffRequest.PHONE, message = StaffRequest.PHONE_MESSAGE) String phone,
		@NotNull StaffRole role, @NotNull Boolean active, @Nullable @DateWithin(from = StaffRequest.EARLIEST_HIRE_DATE,
				to = StaffRequest.LATEST_HIRE_DATE) LocalDate hireDate) {

	StaffDetails toDetails() {
		return StaffDetails.of(this.name, this.email, this.phone, this.role, this.hireDate);
	}

}
