package com.jainshikanji.customer.profile;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of an address, already validated and tidied (stripped, blanks as
 * {@code null}, the country defaulted).
 *
 * @param type home, work or other
 * @param label the customer's own name for it, e.g. "Mum's place"
 * @param line1 house and street
 * @param line2 flat, floor, building
 * @param landmark a landmark for the rider
 * @param city city
 * @param state state
 * @param postalCode PIN code
 * @param country country
 * @param latitude degrees north, for delivery
 * @param longitude degrees east, for delivery
 */
@Embeddable
record AddressDetails(@Enumerated(EnumType.STRING) AddressType type, @Nullable String label,
		@Column(name = "address_line1") String line1, @Column(name = "address_line2") @Nullable String line2,
		@Nullable String landmark, String city, String state, String postalCode, String country,
		@Nullable BigDecimal latitude, @Nullable BigDecimal longitude) {
}
