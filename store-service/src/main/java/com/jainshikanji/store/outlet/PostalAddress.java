package com.jainshikanji.store.store;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a store is.
 *
 * @param country defaults to India when not given
 */
record PostalAddress(@NotBlank @Size(max = 255) String line1, @Size(max = 255) String line2,
		@NotBlank @Size(max = 100) String city, @NotBlank @Size(max = 100) String state,
		@NotBlank @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE) String postalCode,
		@Size(max = 100) String country) {

	static final String DEFAULT_COUNTRY = "India";

	PostalAddress normalized() {
		return new PostalAddress(this.line1.strip(), blankToNull(this.line2), this.city.strip(), this.state.strip(),
				PostalCodes.normalize(this.postalCode),
				(this.country == null || this.country.isBlank()) ? DEFAULT_COUNTRY : this.country.strip());
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
