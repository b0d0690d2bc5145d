package com.jainshikanji.store.store;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** How customers reach a store. */
record Contact(@NotBlank @Email @Size(max = 255) String email, @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{6,18}",
		message = "must be 7 to 20 digits, spaces or hyphens, optionally after a +") String phone) {

	Contact normalized() {
		return new Contact(this.email.strip().toLowerCase(Locale.ROOT), this.phone.strip());
	}

}
