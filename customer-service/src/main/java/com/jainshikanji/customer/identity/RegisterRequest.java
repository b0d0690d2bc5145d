package com.jainshikanji.customer.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.customer.profile.PhoneNumber;
import com.jainshikanji.customer.profile.PlainText;
import com.jainshikanji.customer.profile.ValidPhone;

/**
 * A self-registration. There is no role, loyalty or verification field: a registration
 * always creates a plain customer, whatever else the body contains. The email is
 * normalised as it is read, so its bound is the stored form's.
 */
record RegisterRequest(@NotBlank @Email @Size(max = Emails.MAX_LENGTH) String email,
		@NotNull @ValidPassword String password, @NotBlank @PlainText(max = 100) String firstName,
		@Nullable @PlainText(max = 100) String lastName,
		@Schema(description = PhoneNumber.DESCRIPTION) @Nullable @ValidPhone String phone) {

	RegisterRequest {
		email = Emails.normalize(email);
	}

}
