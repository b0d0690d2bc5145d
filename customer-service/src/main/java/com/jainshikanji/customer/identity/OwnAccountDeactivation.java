package com.jainshikanji.customer.identity;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * An administrator deactivating their own account: they would lock themselves out, and
 * nobody else may be left to undo it.
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "own-account", title = "Own account")
class OwnAccountDeactivation extends RuntimeException {

	OwnAccountDeactivation() {
		super("Administrators cannot deactivate their own account");
	}

}
