package com.jainshikanji.customer.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookies of web clients ({@code ?mode=cookie}). The refresh token lives in an
 * httpOnly cookie that scripts cannot read and that is sent only to {@code /api/v1/auth};
 * the access token stays in the app's memory. Requests that the cookie authenticates
 * (refresh, logout) must also prove they come from the app itself: a double-submit token,
 * set as the script-readable {@code XSRF-TOKEN} cookie and sent back in the
 * {@code X-XSRF-TOKEN} header, which another site can neither read nor set.
 */
@Component
class RefreshCookies {

	static final String REFRESH_COOKIE = "__Secure-refresh_token";

	static final String XSRF_COOKIE = "XSRF-TOKEN";

	static final String XSRF_HEADER = "X-XSRF-TOKEN";

	static final String REFRESH_PATH = "/api/v1/auth";

	private final SecureRandom random = new SecureRandom();

	private final Duration maxAge;

	RefreshCookies(IdentityProperties properties) {
		this.maxAge = properties.tokens().refreshTokenTtl();
	}

	/**
	 * Sets the refresh token and a fresh XSRF token. Both live as long as the refresh
	 * token: the XSRF token is needed to use it.
	 */
	HttpHeaders issue(String refreshToken) {
		return headers(refresh(refreshToken, this.maxAge), xsrf(newXsrfToken(), this.maxAge));
	}

	/** Removes both cookies. */
	HttpHeaders clear() {
		return headers(refresh("", Duration.ZERO), xsrf("", Duration.ZERO));
	}

	/**
	 * Checks the double-submit token of a cookie-authenticated request, in constant time.
	 * @throws CsrfTokenInvalid if the header is missing or differs from the cookie
	 */
	void verify(@Nullable String cookieToken, @Nullable String headerToken) {
		if (cookieToken == null || cookieToken.isEmpty() || headerToken == null || !MessageDigest
			.isEqual(cookieToken.getBytes(StandardCharsets.UTF_8), headerToken.getBytes(StandardCharsets.UTF_8))) {
			throw new CsrfTokenInvalid();
		}
	}

	private static ResponseCookie refresh(String value, Duration maxAge) {
		return ResponseCookie.from(REFRESH_COOKIE, value)
			.httpOnly(true)
			.secure(true)
			.sameSite("Strict")
			.path(REFRESH_PATH)
			.maxAge(maxAge)
			.build();
	}

	private static ResponseCookie xsrf(String value, Duration maxAge) {
		// Not httpOnly: the app's script reads it to send it back as a header.
		return ResponseCookie.from(XSRF_COOKIE, value)
			.httpOnly(false)
			.secure(true)
			.sameSite("Strict")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

	private static HttpHeaders headers(ResponseCookie... cookies) {
		HttpHeaders headers = new HttpHeaders();
		for (ResponseCookie cookie : cookies) {
			headers.add(HttpHeaders.SET_COOKIE, cookie.toString());
		}
		return headers;
	}

	private String newXsrfToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
