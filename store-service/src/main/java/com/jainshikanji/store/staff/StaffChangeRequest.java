package com.jainshikanji.store.staff;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The full new content of a staff record.
 *
 * @param active false deactivates the record (as removing it does), true brings it back
 */
record StaffChangeRequest(@NotBlank @Size(max = 255) String name, @Email @Size(max = 255) String email,
		@Pattern(regexp = StaffRequest.PHONE, message = StaffRequest.PHONE_MESSAGE) String phone,
		@NotNull StaffRole role, @NotNull Boolean active, LocalDate hireDate) {

	StaffDetails toDetails() {
		return StaffRequest.details(this.name, this.email, this.phone, this.role, this.hireDate);
	}

}
