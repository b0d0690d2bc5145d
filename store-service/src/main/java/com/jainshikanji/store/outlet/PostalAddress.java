package com.jainshikanji.store.outlet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where a store is.
 *
 * @param line2 {@code null} when there is none
 * @param postalCode normalized (upper case, no spaces or hyphens) so it compares with
 * zones'
 */
@Embeddable
record PostalAddress(@Column(name = "address_line1") String line1,
		@Column(name = "address_line2") @Nullable String line2, String city, String state, String postalCode,
		String country) {

	static final String DEFAULT_COUNTRY = "India";

	/**
	 * The address as stored: trimmed, a blank second line left out, the postal code
	 * normalized and the country India unless given.
	 */
	static PostalAddress of(String line1, @Nullable String line2, String city, String state, String postalCode,
			@Nullable String country) {
		String givenCountry = OptionalText.of(country);
		return new PostalAddress(line1.strip(), OptionalText.of(line2), city.strip(), state.strip(),
				PostalCodes.normalize(postalCode), (givenCountry != null) ? givenCountry : DEFAULT_COUNTRY);
	}

}
