package com.jainshikanji.customer.customer;

import java.util.UUID;

/**
 * The default address cannot be un-defaulted directly: another address must become the
 * default.
 */
public class DefaultAddressRequired extends RuntimeException {

	DefaultAddressRequired(UUID addressId) {
		super("Address " + addressId + " is the default; make another address the default instead");
	}

}
