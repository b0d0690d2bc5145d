package com.jainshikanji.customer.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Register, log in, refresh and log out; verify the email address, reset a forgotten
 * password and change a known one. All are open except logging out (which ends only the
 * caller's own session), asking for a new verification link and changing the password,
 * which need the access token.
 *
 * <p>
 * Two ways to hold the refresh token: mobile apps get it in the JSON body and send it
 * back in the body; web apps ask for {@code ?mode=cookie}, get it as an httpOnly cookie,
 * and refresh or log out with that cookie plus the double-submit {@code X-XSRF-TOKEN}
 * header (see {@link RefreshCookies}). A refresh token in the body always wins, so the
 * JSON flow never needs the header.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication",
		description = "Registration, login, sessions, email verification and password reset. Access tokens last "
				+ "15 minutes; refresh tokens 30 days, single use. Web apps use `?mode=cookie` (refresh token in an httpOnly cookie, CSRF header on "
				+ "refresh and logout); mobile apps keep the refresh token from the body.")
class AuthController {

	private static final String MODE_DESCRIPTION = "`json` (default): the refresh token is in the body. `cookie`: "
			+ "it is set as the httpOnly `__Secure-refresh_token` cookie (with an `XSRF-TOKEN` cookie) and left out "
			+ "of the body.";

	private final AuthenticationService authentication;

	private final RefreshCookies cookies;

	private final AccountEmails accountEmails;

	AuthController(AuthenticationService authentication, RefreshCookies cookies, AccountEmails accountEmails) {
		this.authentication = authentication;
		this.cookies = cookies;
		this.accountEmails = accountEmails;
	}

	@PostMapping("/register")
	@Operation(summary = "Create a customer account and log in",
			description = "Always creates a plain customer. Answers 201 with the new profile's location.")
	ResponseEntity<TokenResponse> register(@Valid @RequestBody RegisterRequest request,
			@Parameter(description = MODE_DESCRIPTION) @RequestParam(defaultValue = "json") TokenDelivery mode,
			HttpServletRequest http) {
		AuthenticationService.Registered registered = this.authentication.register(request, ClientInfo.of(http));
		return deliver(ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/v1/customers/{id}")
			.buildAndExpand(registered.customerId())
			.toUri()), registered.tokens(), mode);
	}

	@PostMapping("/login")
	@Operation(summary = "Log in with email and password",
			description = "Each login starts a session. After 5 failures for an account or 20 from an address "
					+ "within 15 minutes, logins are refused with 429 and Retry-After, whatever the password.")
	ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request,
			@Parameter(description = MODE_DESCRIPTION) @RequestParam(defaultValue = "json") TokenDelivery mode,
			HttpServletRequest http) {
		return deliver(ResponseEntity.ok(), this.authentication.login(request, ClientInfo.of(http)), mode);
	}

	@PostMapping("/refresh")
	@Operation(summary = "Trade a refresh token for new tokens",
			description = "The refresh token is used up and replaced; presenting a used one ends its session. "
					+ "Cookie mode: send no body token, send the refresh cookie and the `X-XSRF-TOKEN` header; "
					+ "both cookies are replaced. A cookie-mode request (XSRF cookie or header) without the refresh "
					+ "cookie is a 401 like an invalid token: log in again.")
	ResponseEntity<TokenResponse> refresh(@Valid @RequestBody(required = false) @Nullable RefreshRequest request,
			@CookieValue(name = RefreshCookies.REFRESH_COOKIE, required = false) @Nullable String refreshCookie,
			@CookieValue(name = RefreshCookies.XSRF_COOKIE, required = false) @Nullable String xsrfCookie,
			@RequestHeader(name = RefreshCookies.XSRF_HEADER, required = false) @Nullable String xsrfHeader,
			HttpServletRequest http) {
		if (request != null && request.hasToken()) {
			return ResponseEntity.ok(this.authentication.refresh(request.refreshToken(), ClientInfo.of(http)));
		}
		if (isBlank(refreshCookie) && (xsrfCookie != null || xsrfHeader != null)) {
			// A web app whose refresh cookie expired or was cleared (it keeps sending the
			// XSRF token): the session is over, the same as with an invalid token, so it
			// goes back to its login page rather than report a malformed request.
			throw new InvalidRefreshToken();
		}
		String refreshToken = fromCookie(request, refreshCookie);
		this.cookies.verify(xsrfCookie, xsrfHeader);
		return deliver(ResponseEntity.ok(), this.authentication.refresh(refreshToken, ClientInfo.of(http)),
				TokenDelivery.COOKIE);
	}

	@PostMapping("/logout")
	@Operation(summary = "End the caller's session",
			description = "Needs the access token. Cookie mode: send no body token, send the refresh cookie and "
					+ "the `X-XSRF-TOKEN` header; both cookies are cleared.")
	ResponseEntity<Void> logout(@Valid @RequestBody(required = false) @Nullable RefreshRequest request,
			@CookieValue(name = RefreshCookies.REFRESH_COOKIE, required = false) @Nullable String refreshCookie,
			@CookieValue(name = RefreshCookies.XSRF_COOKIE, required = false) @Nullable String xsrfCookie,
			@RequestHeader(name = RefreshCookies.XSRF_HEADER, required = false) @Nullable String xsrfHeader,
			@AuthenticationPrincipal AuthenticatedUser user) {
		if (request != null && request.hasToken()) {
			this.authentication.logout(request.refreshToken(), user.id());
			return ResponseEntity.noContent().build();
		}
		String refreshToken = fromCookie(request, refreshCookie);
		this.cookies.verify(xsrfCookie, xsrfHeader);
		this.authentication.logout(refreshToken, user.id());
		return ResponseEntity.noContent().headers(this.cookies.clear()).build();
	}

	@PostMapping("/verify-email")
	@Operation(summary = "Verify the account's email address with the token from the verification email",
			description = "Open. Registration sends the first link (valid 48 hours); each token works once and "
					+ "only the newest one sent works. An invalid, used or expired token is a 400.")
	ResponseEntity<Void> verifyEmail(@Valid @RequestBody VerifyEmailRequest request) {
		this.accountEmails.verifyEmail(request.token());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/resend-verification")
	@Operation(summary = "Send the signed-in customer a new verification link",
			description = "Older links stop working. At most 3 within an hour (429 with Retry-After); 409 when "
					+ "the address is verified already.")
	ResponseEntity<AccountEmailAccepted> resendVerification(@AuthenticationPrincipal AuthenticatedUser user) {
		this.accountEmails.resendVerification(user.id());
		return ResponseEntity.accepted().body(AccountEmailAccepted.VERIFICATION);
	}

	@PostMapping("/forgot-password")
	@Operation(summary = "Ask for a password reset link",
			description = "Open. Always answers 202 with the same body, whether or not an account has this address; "
					+ "an active account gets an email with a link valid for 30 minutes (at most 3 within an hour).")
	ResponseEntity<AccountEmailAccepted> forgotPassword(@Valid @RequestBody ForgotPasswordRequest request) {
		this.accountEmails.requestPasswordReset(request.email());
		return ResponseEntity.accepted().body(AccountEmailAccepted.RESET);
	}

	@PostMapping("/reset-password")
	@Operation(summary = "Choose a new password with the token from the reset email",
			description = "Open. The token works once; every session of the account ends (log in again; the "
					+ "gateway refuses access tokens already issued within seconds). An invalid, used or expired token is a 400.")
	ResponseEntity<Void> resetPassword(@Valid @RequestBody ResetPasswordRequest request) {
		this.accountEmails.resetPassword(request.token(), request.newPassword());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/change-password")
	@Operation(summary = "Change the signed-in user's password",
			description = "Needs the access token and the current password. Every session of the account ends "
					+ "(other devices log in again; the gateway refuses their access tokens within seconds) and a new "
					+ "one starts for the caller: the answer is a login's, in the asked `mode`. The account's email "
					+ "address is told. A wrong current password is a 403 `wrong-password` and counts as a failed "
					+ "login (limits as for logins: 429 with Retry-After); the same password again is a 400.")
	ResponseEntity<TokenResponse> changePassword(@Valid @RequestBody ChangePasswordRequest request,
			@Parameter(description = MODE_DESCRIPTION) @RequestParam(defaultValue = "json") TokenDelivery mode,
			@AuthenticationPrincipal AuthenticatedUser user, HttpServletRequest http) {
		return deliver(ResponseEntity.ok(), this.authentication.changePassword(user.id(), request.currentPassword(),
				request.newPassword(), ClientInfo.of(http)), mode);
	}

	private ResponseEntity<TokenResponse> deliver(ResponseEntity.BodyBuilder response, TokenResponse tokens,
			TokenDelivery mode) {
		if (mode == TokenDelivery.COOKIE) {
			HttpHeaders cookies = this.cookies.issue(tokens.refreshToken());
			return response.headers(cookies).body(tokens.withoutRefreshToken());
		}
		return response.body(tokens);
	}

	/**
	 * The refresh token of a cookie-mode request; without one the request is what it
	 * always was for the JSON flow, a missing body or a blank {@code refreshToken}.
	 */
	private static String fromCookie(@Nullable RefreshRequest request, @Nullable String refreshCookie) {
		if (isBlank(refreshCookie)) {
			throw (request == null) ? new RequestBodyMissing() : new RefreshTokenMissing();
		}
		return refreshCookie;
	}

	private static boolean isBlank(@Nullable String cookie) {
		return cookie == null || cookie.isBlank();
	}

}
