package com.jainshikanji.customer.customer;

import java.math.BigDecimal;

/** The editable content of an address, already validated. */
record AddressDetails(AddressType type, String label, String line1, String line2, String landmark, String city,
		String state, String postalCode, String country, BigDecimal latitude, BigDecimal longitude) {
}
