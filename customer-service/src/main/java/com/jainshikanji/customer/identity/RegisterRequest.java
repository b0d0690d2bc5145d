package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A self-registration. There is no role, loyalty or verification field: a registration
 * always creates a plain customer, whatever else the body contains. The email is
 * normalised as it is read, so its bound is the stored form's.
 */
record RegisterRequest(@NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
		@NotNull @ValidPassword String password, @NotBlank @Size(max = 100) String firstName,
		@Nullable @Size(max = 100) String lastName, @Nullable @Pattern(regexp = "\\+?[0-9]{10,15}",
				message = "must be a phone number of 10 to 15 digits, optionally starting with +") String phone) {

	RegisterRequest {
		email = Emails.normalize(email);
	}

}
