package com.jainshikanji.customer.profile;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * The default address cannot be un-defaulted directly: another address must become the
 * default.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "default-address-required", title = "Default address required")
class DefaultAddressRequired extends RuntimeException {

	DefaultAddressRequired(UUID addressId) {
		super("Address " + addressId + " is the default; make another address the default instead");
	}

}
