package com.jainshikanji.customer.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A login. The email is normalised as it is read, so its bound is the stored form's.
 */
record LoginRequest(@NotBlank @Size(max = Emails.MAX_LENGTH) String email,
		@NotBlank @Size(max = 1024) String password) {

	LoginRequest {
		email = Emails.normalize(email);
	}

}
