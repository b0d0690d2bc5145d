package com.jainshikanji.common.security;

/** Names in the access token that issuer and resource servers agree on. */
public final class AccessTokenClaims {

	/** The JOSE {@code typ} of an access token (RFC 9068); any other type is refused. */
	public static final String TYPE = "at+jwt";

	/** The user's {@link Role}s, an array of names. */
	public static final String ROLES = "roles";

	/** For staff, the ids of the stores they work at, an array of UUIDs. */
	public static final String STORE_IDS = "store_ids";

	/**
	 * For staff, their job at each store they work at: an object from store id to a
	 * {@link StaffJob} name.
	 */
	public static final String STORE_JOBS = "store_jobs";

	/**
	 * For users, the session the token was issued for (RFC 9068 leaves {@code sid} to the
	 * issuer): the identity service lists a user's sessions by it, and the gateway
	 * refuses a token whose session has ended.
	 */
	public static final String SESSION_ID = "sid";

	private AccessTokenClaims() {
	}

}
