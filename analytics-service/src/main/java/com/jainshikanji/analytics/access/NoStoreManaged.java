package com.jainshikanji.analytics.access;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Staff who manage no store have no figures to see. */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "store-not-managed", title = "Not a store you manage")
class NoStoreManaged extends RuntimeException {

	NoStoreManaged() {
		super("Figures are for admins and store managers; you manage no store");
	}

}
