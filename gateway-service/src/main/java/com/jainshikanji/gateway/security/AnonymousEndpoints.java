package com.jainshikanji.gateway.security;

import java.util.List;
import java.util.Set;

/**
 * The endpoints made for callers who are not signed in: register, log in, refresh a
 * session, confirm an email address, ask for and make a password reset. Open to anyone,
 * and always charged to the caller's address (RateLimitFilter): a token sent along,
 * anyone's, must not move guessing passwords or sending reset emails to a user's larger
 * budget. Such a token is neither checked (BearerTokenConverter) nor passed on
 * (DownstreamHeadersFilter): an expired one must not stop its app from refreshing it.
 */
public final class AnonymousEndpoints {

	static final List<String> PATHS = List.of("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh",
			"/api/v1/auth/verify-email", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password");

	private static final Set<String> ALL = Set.copyOf(PATHS);

	private AnonymousEndpoints() {
	}

	/**
	 * Whether the (canonical) path is one of them, spelled with a trailing slash too, as
	 * the access rules take it.
	 */
	public static boolean contains(String path) {
		return ALL.contains(path)
				|| (path.length() > 1 && path.endsWith("/") && ALL.contains(path.substring(0, path.length() - 1)));
	}

}
