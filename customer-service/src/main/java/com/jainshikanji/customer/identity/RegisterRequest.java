package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A self-registration. There is no role, loyalty or verification field: a registration
 * always creates a plain customer, whatever else the body contains.
 */
record RegisterRequest(@NotBlank @Email @Size(max = 255) String email, @NotNull @ValidPassword String password,
		@NotBlank @Size(max = 100) String firstName, @Size(max = 100) String lastName,
		@Pattern(regexp = "\\+?[0-9]{10,15}",
				message = "must be a phone number of 10 to 15 digits, optionally starting with +") String phone) {
}
