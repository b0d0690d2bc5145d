package com.jainshikanji.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web clients keep the refresh token in an httpOnly cookie ({@code ?mode=cookie}) and
 * prove each cookie-authenticated request with the double-submit XSRF token; mobile
 * clients keep the JSON flow, untouched.
 */
@CustomerServiceTest
class CookieSessionTests {

	private static final String REFRESH = "__Secure-refresh_token";

	private static final String XSRF = "XSRF-TOKEN";

	private static final String THIRTY_DAYS = "2592000";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void aCookieLoginSetsTheRefreshTokenAsAStrictHttpOnlyCookieAndLeavesItOutOfTheBody() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);

		EntityExchangeResult<Map> result = this.api
			.post("/api/v1/auth/login?mode=cookie", null, Map.of("email", email, "password", Api.PASSWORD))
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult();

		assertThat(result.getResponseBody()).containsKeys("accessToken", "tokenType", "expiresIn")
			.doesNotContainKey("refreshToken");
		Map<String, Cookie> cookies = cookies(result);
		Cookie refresh = cookies.get(REFRESH);
		assertThat(refresh.value()).hasSize(43);
		assertThat(refresh.attributes())
			.containsOnlyKeys("path", "max-age", "expires", "secure", "httponly", "samesite")
			.containsEntry("path", "/api/v1/auth")
			.containsEntry("max-age", THIRTY_DAYS)
			.containsEntry("secure", "")
			.containsEntry("httponly", "")
			.containsEntry("samesite", "Strict");
		Cookie xsrf = cookies.get(XSRF);
		assertThat(xsrf.value()).hasSize(43).isNotEqualTo(refresh.value());
		assertThat(xsrf.attributes()).containsOnlyKeys("path", "max-age", "expires", "secure", "samesite")
			.containsEntry("path", "/")
			.containsEntry("max-age", THIRTY_DAYS)
			.containsEntry("secure", "")
			.containsEntry("samesite", "Strict");
		// The access token in the body works as it always did.
		this.api.get("/api/v1/customers/me", (String) result.getResponseBody().get("accessToken"))
			.expectStatus()
			.isOk();
	}

	@Test
	void aCookieRegistrationSetsTheSameCookies() {
		EntityExchangeResult<Map> result = this.api
			.post("/api/v1/auth/register?mode=cookie", null,
					Map.of("email", Api.uniqueEmail(), "password", Api.PASSWORD, "firstName", "Asha"))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult();

		assertThat(result.getResponseBody()).doesNotContainKey("refreshToken");
		assertThat(cookies(result)).containsOnlyKeys(REFRESH, XSRF);
		assertThat(result.getResponseHeaders().getLocation()).isNotNull();
	}

	@Test
	void refreshingWithTheCookieAndTheXsrfHeaderRotatesBothCookies() {
		WebSession session = cookieLogin();

		EntityExchangeResult<Map> result = refresh(session, session.xsrf()).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult();

		assertThat(result.getResponseBody()).containsKey("accessToken").doesNotContainKey("refreshToken");
		WebSession rotated = WebSession.of(result);
		assertThat(rotated.refresh()).isNotEqualTo(session.refresh());
		assertThat(rotated.xsrf()).isNotEqualTo(session.xsrf());
		refresh(rotated, rotated.xsrf()).expectStatus().isOk();
	}

	@Test
	void withoutTheXsrfHeaderOrWithAWrongOneARefreshIsForbiddenAndNothingRotates() {
		WebSession session = cookieLogin();

		Problem missing = problem(refresh(session, null), 403);
		Problem wrong = problem(refresh(session, session.xsrf() + "x"), 403);
		Problem cookieOnly = problem(this.client.post()
			.uri("/api/v1/auth/refresh")
			.cookie(REFRESH, session.refresh())
			.header("X-XSRF-TOKEN", session.xsrf())
			.exchange(), 403);

		assertThat(missing.typeSlug()).isEqualTo("csrf-token-invalid");
		assertThat(wrong.typeSlug()).isEqualTo("csrf-token-invalid");
		assertThat(cookieOnly.typeSlug()).isEqualTo("csrf-token-invalid");
		// The refresh token was not used up: with the right header it still works.
		refresh(session, session.xsrf()).expectStatus().isOk();
	}

	@Test
	void reusingARotatedRefreshCookieRevokesTheSession() {
		WebSession first = cookieLogin();
		WebSession second = WebSession
			.of(refresh(first, first.xsrf()).expectStatus().isOk().expectBody(Map.class).returnResult());
		this.jdbc
			.sql("UPDATE refresh_tokens SET rotated_at = rotated_at - interval '1 minute' WHERE token_hash = :hash")
			.param("hash", SessionTests.sha256(first.refresh()))
			.update();

		Problem reuse = problem(refresh(first, first.xsrf()), 401);

		assertThat(reuse.typeSlug()).isEqualTo("invalid-refresh-token");
		problem(refresh(second, second.xsrf()), 401);
	}

	@Test
	void loggingOutEndsTheSessionAndClearsBothCookies() {
		WebSession session = cookieLogin();

		// Without the XSRF header the logout is refused and the session lives on.
		problem(logout(session, null), 403);
		EntityExchangeResult<Void> result = logout(session, session.xsrf()).expectStatus()
			.isNoContent()
			.expectBody()
			.isEmpty();

		Map<String, Cookie> cleared = cookies(result);
		assertThat(cleared.get(REFRESH).value()).isEmpty();
		assertThat(cleared.get(REFRESH).attributes()).containsEntry("max-age", "0")
			.containsEntry("path", "/api/v1/auth");
		assertThat(cleared.get(XSRF).value()).isEmpty();
		assertThat(cleared.get(XSRF).attributes()).containsEntry("max-age", "0").containsEntry("path", "/");
		problem(refresh(session, session.xsrf()), 401);
	}

	@Test
	void theJsonFlowSetsNoCookiesAndNeedsNoXsrfHeader() {
		String email = Api.uniqueEmail();
		EntityExchangeResult<Tokens> registered = this.api
			.post("/api/v1/auth/register", null, Map.of("email", email, "password", Api.PASSWORD, "firstName", "Asha"))
			.expectStatus()
			.isCreated()
			.expectBody(Tokens.class)
			.returnResult();
		EntityExchangeResult<Tokens> refreshed = this.api
			.post("/api/v1/auth/refresh", null, Map.of("refreshToken", registered.getResponseBody().refreshToken()))
			.expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult();

		assertThat(registered.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(refreshed.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
		assertThat(refreshed.getResponseBody().refreshToken()).hasSize(43);
		this.api
			.post("/api/v1/auth/logout", refreshed.getResponseBody().accessToken(),
					Map.of("refreshToken", refreshed.getResponseBody().refreshToken()))
			.expectStatus()
			.isNoContent()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void aBodyRefreshTokenWinsOverACookieAndNeedsNoHeader() {
		WebSession web = cookieLogin();
		Tokens mobile = this.api.registerCustomer();

		this.client.post()
			.uri("/api/v1/auth/refresh")
			.cookie(REFRESH, web.refresh())
			.cookie(XSRF, web.xsrf())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("refreshToken", mobile.refreshToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		// The cookie was not touched.
		refresh(web, web.xsrf()).expectStatus().isOk();
	}

	@Test
	void withoutAnyRefreshTokenTheAnswerIsWhatItAlwaysWas() {
		Problem noBody = problem(this.client.post().uri("/api/v1/auth/refresh").exchange(), 400);
		Problem blank = problem(this.api.post("/api/v1/auth/refresh", null, Map.of()), 400);

		assertThat(noBody.typeSlug()).isEqualTo("malformed-request");
		assertThat(blank.typeSlug()).isEqualTo("validation-failed");
		assertThat(blank.fields()).containsExactly("refreshToken");
	}

	@Test
	void aWebAppWhoseRefreshCookieIsGoneIsToldToLogInAgain() {
		Problem problem = problem(this.client.post()
			.uri("/api/v1/auth/refresh")
			.cookie(XSRF, "abc")
			.header("X-XSRF-TOKEN", "abc")
			.exchange(), 401);

		assertThat(problem.typeSlug()).isEqualTo("invalid-refresh-token");
	}

	@Test
	void anUnknownModeIsABadRequestNamingTheParameter() {
		Problem problem = problem(this.api.post("/api/v1/auth/login?mode=session", null,
				Map.of("email", Api.uniqueEmail(), "password", Api.PASSWORD)), 400);

		assertThat(problem.fields()).containsExactly("mode");
	}

	private WebSession cookieLogin() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);
		return WebSession
			.of(this.api.post("/api/v1/auth/login?mode=cookie", null, Map.of("email", email, "password", Api.PASSWORD))
				.expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult());
	}

	private RestTestClient.ResponseSpec refresh(WebSession session, String xsrfHeader) {
		return this.client.post()
			.uri("/api/v1/auth/refresh")
			.cookie(REFRESH, session.refresh())
			.cookie(XSRF, session.xsrf())
			.headers((headers) -> {
				if (xsrfHeader != null) {
					headers.set("X-XSRF-TOKEN", xsrfHeader);
				}
			})
			.exchange();
	}

	private RestTestClient.ResponseSpec logout(WebSession session, String xsrfHeader) {
		return this.client.post()
			.uri("/api/v1/auth/logout")
			.cookie(REFRESH, session.refresh())
			.cookie(XSRF, session.xsrf())
			.headers((headers) -> {
				headers.setBearerAuth(session.accessToken());
				if (xsrfHeader != null) {
					headers.set("X-XSRF-TOKEN", xsrfHeader);
				}
			})
			.exchange();
	}

	/** The Set-Cookie headers of a response, parsed as a browser would read them. */
	private static Map<String, Cookie> cookies(org.springframework.test.web.servlet.client.ExchangeResult result) {
		List<String> headers = result.getResponseHeaders().get(HttpHeaders.SET_COOKIE);
		assertThat(headers).as("Set-Cookie").isNotNull();
		Map<String, Cookie> cookies = new LinkedHashMap<>();
		for (String header : headers) {
			String[] parts = header.split(";");
			String[] pair = parts[0].split("=", 2);
			Map<String, String> attributes = new LinkedHashMap<>();
			for (int i = 1; i < parts.length; i++) {
				String[] attribute = parts[i].strip().split("=", 2);
				attributes.put(attribute[0].toLowerCase(Locale.ROOT), (attribute.length > 1) ? attribute[1] : "");
			}
			cookies.put(pair[0].strip(), new Cookie(pair[1], attributes));
		}
		return cookies;
	}

	record Cookie(String value, Map<String, String> attributes) {
	}

	/**
	 * What a browser holds after a cookie login: the two cookies (and the app, the access
	 * token).
	 */
	record WebSession(String refresh, String xsrf, String accessToken) {

		static WebSession of(EntityExchangeResult<Map> response) {
			Map<String, Cookie> cookies = cookies(response);
			return new WebSession(cookies.get(REFRESH).value(), cookies.get(XSRF).value(),
					(String) response.getResponseBody().get("accessToken"));
		}

	}

}
