package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class RefreshCookiesTest {

	private final RefreshCookies cookies = new RefreshCookies(new IdentityProperties(
			new IdentityProperties.Tokens(null, List.of(), true, Duration.ofMinutes(15), Duration.ofDays(30),
					Duration.ofSeconds(10)),
			new IdentityProperties.Passwords(10), new IdentityProperties.LoginThrottle(Duration.ofMinutes(15), 5, 20),
			null, java.util.Map.of()));

	@Test
	void issuesAStrictHttpOnlyRefreshCookieAndAReadableXsrfCookieForAsLongAsTheSession() {
		List<String> setCookies = this.cookies.issue("the-refresh-token").get(HttpHeaders.SET_COOKIE);

		assertThat(setCookies).hasSize(2);
		assertThat(setCookies.get(0)).startsWith("__Secure-refresh_token=the-refresh-token; Path=/api/v1/auth; ")
			.contains("; Max-Age=2592000; ")
			.contains("; Secure; HttpOnly; SameSite=Strict")
			.doesNotContain("Domain");
		assertThat(setCookies.get(1)).startsWith("XSRF-TOKEN=")
			.contains("; Path=/; Max-Age=2592000; ")
			.contains("; Secure; SameSite=Strict")
			.doesNotContain("HttpOnly");
	}

	@Test
	void everyIssueHasANewXsrfToken() {
		String first = this.cookies.issue("token").get(HttpHeaders.SET_COOKIE).get(1);
		String second = this.cookies.issue("token").get(HttpHeaders.SET_COOKIE).get(1);

		assertThat(first.substring(0, first.indexOf(';'))).isNotEqualTo(second.substring(0, second.indexOf(';')));
	}

	@Test
	void clearingExpiresBothCookiesAtOnce() {
		assertThat(this.cookies.clear().get(HttpHeaders.SET_COOKIE))
			.allSatisfy((cookie) -> assertThat(cookie).contains("=; Path=/").contains("Max-Age=0").contains("Secure"));
	}

	@Test
	void theXsrfHeaderMustEqualTheCookie() {
		assertThatNoException().isThrownBy(() -> this.cookies.verify("abc123", "abc123"));
		assertThatExceptionOfType(CsrfTokenInvalid.class).isThrownBy(() -> this.cookies.verify("abc123", null));
		assertThatExceptionOfType(CsrfTokenInvalid.class).isThrownBy(() -> this.cookies.verify(null, "abc123"));
		assertThatExceptionOfType(CsrfTokenInvalid.class).isThrownBy(() -> this.cookies.verify("abc123", "abc124"));
		assertThatExceptionOfType(CsrfTokenInvalid.class).isThrownBy(() -> this.cookies.verify("", ""));
	}

}
