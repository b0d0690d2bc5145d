package com.jainshikanji.common.security;

/** The platform's roles, as carried in the access token's {@code roles} claim. */
public enum Role {

	/** Anyone who registered: orders, pays, reviews; sees only their own data. */
	CUSTOMER,

	/**
	 * Works at one or more stores (see {@link AuthenticatedUser#storeIds()}); runs those
	 * stores only, each within what the job there allows ({@link StoreDuty}).
	 */
	STAFF,

	/** Runs the whole platform. */
	ADMIN,

	/**
	 * Another platform service acting on its own behalf (e.g. order placement reserving
	 * stock).
	 */
	SERVICE;

	/** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
