package com.jainshikanji.store.outlet;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Someone who is not an admin asked the store list for deactivated stores
 * ({@code active=false}). Refused rather than answered with an empty page: a deactivated
 * store is no secret (its own page still shows it), only not for browsing.
 */
@ProblemType(status = HttpStatus.FORBIDDEN, slug = "inactive-stores-not-listed",
		title = "Inactive stores are listed to admins only")
class InactiveStoresNotListed extends RuntimeException implements ProblemExtensions {

	private static final String RULE = "may be false for admins only; leave it out to list the active stores";

	InactiveStoresNotListed() {
		super("Only admins list deactivated stores: active " + RULE);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("active", RULE)));
	}

}
