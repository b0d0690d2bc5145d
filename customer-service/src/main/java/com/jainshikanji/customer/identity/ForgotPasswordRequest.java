package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of the account whose password was forgotten, normalised as it is read. */
record ForgotPasswordRequest(@NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email) {

	ForgotPasswordRequest {
		email = Emails.normalize(email);
	}

}
