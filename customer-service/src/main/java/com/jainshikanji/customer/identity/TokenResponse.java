package com.jainshikanji.customer.identity;

/**
 * Tokens for a client.
 *
 * @param accessToken the bearer token for API calls
 * @param refreshToken single-use token to get the next pair
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

	static TokenResponse bearer(AccessTokenIssuer.IssuedAccessToken access, String refreshToken) {
		return new TokenResponse(access.value(), refreshToken, "Bearer", access.expiresInSeconds());
	}

}
