package com.jainshikanji.customer.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jainshikanji.common.config.PlatformAutoConfiguration;
import com.jainshikanji.common.security.ResourceServerAutoConfiguration;
import com.jainshikanji.common.web.WebAutoConfiguration;
import com.jainshikanji.customer.config.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;

/**
 * How the auth endpoints bind their parameters and guard cookie-mode requests, in
 * milliseconds, with the application service mocked: an unknown mode is refused before
 * anything runs, and a cookie request without a matching XSRF header never reaches the
 * sessions, so nothing is rotated.
 */
@WebMvcTest(AuthController.class)
@Import({ SecurityConfiguration.class, RefreshCookies.class, AuthControllerWebTests.Config.class })
@ImportAutoConfiguration({ PlatformAutoConfiguration.class, WebAutoConfiguration.class,
		ResourceServerAutoConfiguration.class })
class AuthControllerWebTests {

	private static final TokenResponse TOKENS = new TokenResponse("access", "refresh-1", "Bearer", 900);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	AuthenticationService authentication;

	@MockitoBean
	JwtDecoder jwtDecoder;

	@MockitoBean
	AccountEmails accountEmails;

	@Test
	void aForgottenPasswordIsAskedForWithTheAddressNormalised() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/forgot-password")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"  Asha@Example.COM \"}")
			.exchange();

		assertThat(result).hasStatus(202);
		assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith("If an account exists");
		then(this.accountEmails).should().requestPasswordReset("asha@example.com");
	}

	@Test
	void aResetWithAPasswordWeCannotStoreNeverReachesTheAccount() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/reset-password")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \"abc\", \"newPassword\": \"short\"}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("newPassword");
		then(this.accountEmails).shouldHaveNoInteractions();
	}

	@Test
	void verifyingNeedsAToken() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/verify-email")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"token\": \" \"}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("token");
		then(this.accountEmails).shouldHaveNoInteractions();
	}

	@Test
	void aCookieLoginMovesTheRefreshTokenIntoTheCookie() {
		given(this.authentication.login(any(), any())).willReturn(TOKENS);

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/login?mode=cookie")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"asha@example.com\", \"password\": \"correct-horse\"}")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.doesNotHavePath("$.refreshToken")
			.hasPathSatisfying("$.accessToken", (token) -> assertThat(token).asString().isEqualTo("access"));
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Secure-refresh_token=refresh-1;"));
	}

	@Test
	void theJsonLoginIsTheDefault() {
		given(this.authentication.login(any(), any())).willReturn(TOKENS);

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"asha@example.com\", \"password\": \"correct-horse\"}")
			.exchange();

		assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result).bodyJson().extractingPath("$.refreshToken").isEqualTo("refresh-1");
	}

	@Test
	void anUnknownModeIsRefusedByNameBeforeAnyoneLogsIn() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/login?mode=session")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"asha@example.com\", \"password\": \"correct-horse\"}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mode");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("json")
			.contains("cookie");
		then(this.authentication).shouldHaveNoInteractions();
	}

	@Test
	void aCookieRefreshWithoutTheXsrfHeaderNeverReachesTheSessions() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/refresh")
			.cookie(new jakarta.servlet.http.Cookie("__Secure-refresh_token", "refresh-1"),
					new jakarta.servlet.http.Cookie("XSRF-TOKEN", "xsrf-1"))
			.exchange();

		assertThat(result).hasStatus(403);
		assertThat(result).bodyJson().extractingPath("$.type").asString().endsWith("/csrf-token-invalid");
		then(this.authentication).shouldHaveNoInteractions();
	}

	@Test
	void aCookieRefreshWithTheMatchingHeaderRotatesTheCookies() {
		given(this.authentication.refresh(eq("refresh-1"), any()))
			.willReturn(new TokenResponse("access-2", "refresh-2", "Bearer", 900));

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/refresh")
			.cookie(new jakarta.servlet.http.Cookie("__Secure-refresh_token", "refresh-1"),
					new jakarta.servlet.http.Cookie("XSRF-TOKEN", "xsrf-1"))
			.header("X-XSRF-TOKEN", "xsrf-1")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).hasSize(2)
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("__Secure-refresh_token=refresh-2;"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").doesNotStartWith("XSRF-TOKEN=xsrf-1"));
	}

	@Test
	void aBodyRefreshTokenNeedsNoXsrfHeader() {
		given(this.authentication.refresh(eq("refresh-1"), any())).willReturn(TOKENS);

		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"refreshToken\": \"refresh-1\"}")
			.exchange();

		assertThat(result).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		assertThat(result).bodyJson().extractingPath("$.refreshToken").isEqualTo("refresh-1");
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdentityProperties.class)
	static class Config {

	}

}
