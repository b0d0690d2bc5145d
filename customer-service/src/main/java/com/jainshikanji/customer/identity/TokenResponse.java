package com.jainshikanji.customer.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * Tokens for a client.
 *
 * @param accessToken the bearer token for API calls
 * @param refreshToken single-use token to get the next pair; absent in cookie mode, where
 * it travels in an httpOnly cookie instead
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
record TokenResponse(String accessToken, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String refreshToken,
		String tokenType, long expiresIn) {

	static TokenResponse bearer(AccessTokenIssuer.IssuedAccessToken access, String refreshToken) {
		return new TokenResponse(access.value(), refreshToken, "Bearer", access.expiresInSeconds());
	}

	/** The same tokens for a web client, whose refresh token goes into a cookie. */
	TokenResponse withoutRefreshToken() {
		return new TokenResponse(this.accessToken, null, this.tokenType, this.expiresIn);
	}

}
