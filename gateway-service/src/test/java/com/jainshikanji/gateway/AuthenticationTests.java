package com.jainshikanji.gateway;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** The authentication matrix: who gets through the gateway to which paths. */
@GatewayTest
class AuthenticationTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	@Test
	void openPathsNeedNoToken() {
		passes(HttpMethod.POST, "/api/v1/auth/register", null);
		passes(HttpMethod.POST, "/api/v1/auth/login", null);
		passes(HttpMethod.POST, "/api/v1/auth/refresh", null);
		// The links of the account emails are followed by people who are not signed in.
		passes(HttpMethod.POST, "/api/v1/auth/verify-email", null);
		passes(HttpMethod.POST, "/api/v1/auth/forgot-password", null);
		passes(HttpMethod.POST, "/api/v1/auth/reset-password", null);
		passes(HttpMethod.GET, "/.well-known/jwks.json", null);
		passes(HttpMethod.GET, "/api/v1/products?category=shikanji", null);
		passes(HttpMethod.GET, "/api/v1/products/" + UUID.randomUUID(), null);
		passes(HttpMethod.GET, "/api/v1/categories", null);
		passes(HttpMethod.GET, "/api/v1/stores", null);
		passes(HttpMethod.GET, "/api/v1/stores/" + UUID.randomUUID() + "/delivery-quote?postalCode=380001", null);
		passes(HttpMethod.POST, "/api/v1/payments/webhook", null);
		passes(HttpMethod.POST, "/api/v1/analytics/event", null);
		passes(HttpMethod.GET, "/analytics/dashboard", null);
		passes(HttpMethod.GET, "/analytics/webjars/chart.js/dist/chart.umd.js", null);
		passes(HttpMethod.GET, "/api/v1/reviews/product/" + UUID.randomUUID() + "?sort=highest", null);
		passes(HttpMethod.GET, "/api/v1/reviews/" + UUID.randomUUID(), null);
	}

	@Test
	void everythingElseNeedsAToken() {
		for (String path : List.of("/api/v1/customers/me", "/api/v1/orders", "/api/v1/loyalty/me", "/api/v1/reviews",
				"/api/v1/notifications", "/api/v1/inventory/stock", "/api/v1/analytics/dashboard",
				"/api/v1/reviews/customer/" + UUID.randomUUID(),
				"/api/v1/reviews/customer/" + UUID.randomUUID() + "/reviewable")) {
			Map<?, ?> problem = this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/authentication-required");
		}
		this.client.post().uri("/api/v1/auth/logout").exchange().expectStatus().isUnauthorized();
		this.client.post().uri("/api/v1/products").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void customersAndStaffReachProtectedPathsButNotAdminPaths() {
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()))) {
			passes(HttpMethod.GET, "/api/v1/customers/me", token);
			passes(HttpMethod.POST, "/api/v1/auth/logout", token);
			passes(HttpMethod.PUT, "/api/v1/stores/" + UUID.randomUUID() + "/staff/" + UUID.randomUUID(), token);
			refused(HttpMethod.POST, "/api/v1/products", token);
			refused(HttpMethod.PUT, "/api/v1/products/" + UUID.randomUUID(), token);
			refused(HttpMethod.DELETE, "/api/v1/categories/" + UUID.randomUUID(), token);
			refused(HttpMethod.POST, "/api/v1/products/" + UUID.randomUUID() + "/customizations", token);
			refused(HttpMethod.POST, "/api/v1/suppliers", token);
			refused(HttpMethod.POST, "/api/v1/stores", token);
			refused(HttpMethod.PUT, "/api/v1/stores/" + UUID.randomUUID(), token);
			refused(HttpMethod.GET, "/api/v1/customers", token);
			refused(HttpMethod.GET, "/api/v1/customers/", token);
			refused(HttpMethod.PUT, "/api/v1/customers/" + UUID.randomUUID() + "/status", token);
			refused(HttpMethod.GET, "/api/v1/admin/anything", token);
			// Finer rules (staff of this store, manager of that one) are the services' to
			// decide.
			passes(HttpMethod.GET, "/api/v1/suppliers", token);
			passes(HttpMethod.PUT, "/api/v1/stores/" + UUID.randomUUID() + "/operating-hours", token);
		}
	}

	@Test
	void administratorsReachAdminPaths() {
		String admin = TestTokens.admin();
		passes(HttpMethod.POST, "/api/v1/products", admin);
		passes(HttpMethod.POST, "/api/v1/suppliers", admin);
		passes(HttpMethod.POST, "/api/v1/stores", admin);
		passes(HttpMethod.GET, "/api/v1/customers", admin);
		passes(HttpMethod.DELETE, "/api/v1/categories/" + UUID.randomUUID(), admin);
	}

	@Test
	void badTokensAreRefusedEvenOnPathsThatWouldBeOpenToAGoodOne() throws Exception {
		String good = TestTokens.customer();
		String[] parts = good.split("\\.");
		String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
		String keyId = header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");

		String tampered = parts[0] + "."
				+ base64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
					.replace("\"CUSTOMER\"", "\"ADMIN\""))
				+ "." + parts[2];
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String wrongKey = adminClaimsUnder(keyId).signWith(generator.generateKeyPair().getPrivate(), Jwts.SIG.RS256)
			.compact();
		String algNone = base64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + keyId + "\"}") + "."
				+ base64("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\""
						+ UUID.randomUUID() + "\",\"roles\":[\"ADMIN\"],\"exp\":"
						+ Instant.now().plusSeconds(300).getEpochSecond() + "}")
				+ ".";

		for (String bad : List.of(TestTokens.expiredCustomer(), tampered, wrongKey, algNone, "garbage")) {
			refusedAsInvalid(bad);
		}
		passes(HttpMethod.GET, "/api/v1/customers/me", good);
	}

	@Test
	void tokensUnderKeysTheIdentityServiceDoesNotPublishAreInvalidHoweverOftenTheyCome() throws Exception {
		String good = TestTokens.customer();
		String header = new String(Base64.getUrlDecoder().decode(good.split("\\.")[0]), StandardCharsets.UTF_8);
		String keyId = header.replaceAll(".*\"kid\":\"([^\"]+)\".*", "$1");
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		java.security.PrivateKey unpublished = generator.generateKeyPair().getPrivate();
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);
		// Each made-up key id asks for the keys again, which the identity service's
		// keys allow only twice in 30 s; past that, they must still be a 401, not a
		// 503 "cannot be checked".
		for (int i = 0; i < 4; i++) {
			for (String bad : List.of(adminClaimsUnder("made-up-" + i).signWith(unpublished, Jwts.SIG.RS256).compact(),
					adminClaimsUnder(keyId)
						.signWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(secret), Jwts.SIG.HS256)
						.compact())) {
				refusedAsInvalid(bad);
			}
		}
		passes(HttpMethod.GET, "/api/v1/customers/me", good);
	}

	private void refusedAsInvalid(String token) {
		Map<?, ?> problem = this.client.get()
			.uri("/api/v1/customers/me")
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/invalid-token");
	}

	/** An access token's header and claims for an admin, to be signed. */
	private static io.jsonwebtoken.JwtBuilder adminClaimsUnder(String keyId) {
		return Jwts.builder()
			.header()
			.keyId(keyId)
			.type("at+jwt")
			.and()
			.issuer(TestTokens.ISSUER)
			.audience()
			.add(TestTokens.AUDIENCE)
			.and()
			.subject(UUID.randomUUID().toString())
			.expiration(Date.from(Instant.now().plusSeconds(300)))
			.claim("roles", List.of("ADMIN"));
	}

	@Test
	void aHeadRequestIsOpenWhereGetIs() {
		this.client.head().uri("/api/v1/products").exchange().expectStatus().isOk();
		this.client.head().uri("/api/v1/stores/" + UUID.randomUUID()).exchange().expectStatus().isOk();
		this.client.head().uri("/api/v1/customers/me").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void adminPathsAreAdminPathsWithATrailingSlashToo() {
		String customer = TestTokens.customer();
		refused(HttpMethod.POST, "/api/v1/stores/", customer);
		refused(HttpMethod.PUT, "/api/v1/stores/" + UUID.randomUUID() + "/", customer);
		refused(HttpMethod.POST, "/api/v1/products/", customer);
		passes(HttpMethod.POST, "/api/v1/stores/", TestTokens.admin());
	}

	@Test
	void theBreakersFallbackAndTheEndpointsForServicesAloneAreNotReachableThroughTheGateway() {
		String customer = "Authorization: Bearer " + TestTokens.customer();
		for (String path : List.of("/fallback/order-service", "/fallback/customer-service", "/%66allback/x",
				"/api/v1/auth/service-token", "/api/v1/auth/%73ervice-token", "/api/v1/auth/service-token/",
				"/api/v1/auth/ended-sessions", "/api/v1/auth/ended-sessions/", "/api/v1/auth/%65nded-sessions",
				"/api/v1/auth/ended-sessions?since=2026-01-01T00:00:00Z")) {
			for (String method : List.of("GET", "POST")) {
				for (String[] headers : List.of(new String[] { "Content-Length: 0" },
						new String[] { customer, "Content-Length: 0" })) {
					RawHttp.Response response = RawHttp.send(this.port, method, path, headers);
					assertThat(response.status()).as("%s %s", method, path).isEqualTo(404);
					assertThat(response.json().get("type")).isEqualTo("https://api.jainshikanji.in/problems/not-found");
				}
			}
		}
	}

	@Test
	void aServicesApiDocumentIsOnlyRead() {
		Map<?, ?> problem = this.client.post()
			.uri("/api-docs/customer-service")
			.headers((h) -> h.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("instance")).isEqualTo("/api-docs/customer-service");
		this.client.head().uri("/api-docs/customer-service").exchange().expectStatus().isOk();
	}

	@Test
	void aRequestWithTwoAuthorizationHeadersIsRefusedWhicheverComesFirst() {
		String customer = "Authorization: Bearer " + TestTokens.customer();
		String admin = "Authorization: Bearer " + TestTokens.admin();
		for (String[] headers : List.of(new String[] { customer, admin }, new String[] { admin, customer },
				new String[] { customer, customer }, new String[] { "Authorization: Basic YTpi", admin })) {
			for (String path : List.of("/api/v1/products", "/api/v1/customers/me",
					"/api/v1/admin/customer-service/audit-log")) {
				RawHttp.Response response = RawHttp.send(this.port, "GET", path, headers);
				assertThat(response.status()).as("%s %s", path, List.of(headers)).isEqualTo(400);
				assertThat(response.json().get("type"))
					.isEqualTo("https://api.jainshikanji.in/problems/malformed-request");
				assertThat(response.json().get("detail")).isEqualTo("More than one Authorization header");
			}
		}
	}

	@Test
	void encodedSpellingsOfAdminPathsAreStillRefusedToNonAdmins() {
		String customer = "Authorization: Bearer " + TestTokens.customer();
		for (String path : List.of("/api/v1/admin/customer-service/audit-log",
				"/api/v1/%61dmin/customer-service/audit-log", "/%61pi/v1/admin/customer-service/audit-log",
				"/api/v1/%61%64%6D%69%6E/x", "/api/v1/admin/%63ustomer-service/dead-letters")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", path, customer);
			assertThat(response.status()).as(path).isEqualTo(403);
			assertThat(response.json().get("type")).isEqualTo("https://api.jainshikanji.in/problems/access-denied");
		}
		assertThat(RawHttp.send(this.port, "POST", "/api/v1/%70roducts", customer, "Content-Length: 0").status())
			.isEqualTo(403);
		assertThat(RawHttp.send(this.port, "DELETE", "/api/v1/c%61tegories/" + UUID.randomUUID(), customer).status())
			.isEqualTo(403);
		assertThat(RawHttp.send(this.port, "GET", "/api/v1/%61dmin/customer-service/audit-log").status())
			.isEqualTo(401);
	}

	@Test
	void pathsThatCouldBeReadTwoWaysAreRefusedBeforeAnyRuleOrRoute() {
		String customer = "Authorization: Bearer " + TestTokens.customer();
		for (String path : List.of("/api/v1/products/%2e%2e/admin/customer-service/audit-log",
				"/api/v1/products/../admin/customer-service/audit-log", "/api/v1/products/%2E%2E/%2E%2E/v1/admin/x",
				"/api/v1/admin%2Fcustomer-service/audit-log", "/api/v1/admin%2fcustomer-service/audit-log",
				"//api/v1/admin/customer-service/audit-log", "/api/v1//admin/x", "/api/v1/../v1/products",
				"/api/v1/./products", "/api/v1/products;x=1", "/api/v1/admin;x=1/customer-service/audit-log",
				"/api/v1/products/%252e%252e/admin", "/api/v1/products%5C..%5Cadmin", "/api/v1/products%00")) {
			for (String[] headers : List.of(new String[0], new String[] { customer })) {
				RawHttp.Response response = RawHttp.send(this.port, "GET", path, headers);
				assertThat(response.status()).as(path).isEqualTo(400);
				assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
				assertThat(response.json().get("type"))
					.isEqualTo("https://api.jainshikanji.in/problems/malformed-request");
			}
		}
	}

	@Test
	void onlyACorsPreflightIsOpenAmongOptionsRequests() {
		this.client.options()
			.uri("/api/v1/admin/customer-service/audit-log")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		this.client.options()
			.uri("/api/v1/admin/customer-service/audit-log")
			.headers((h) -> h.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isForbidden();
		this.client.options()
			.uri("/api/v1/customers/me")
			.header(HttpHeaders.ORIGIN, "https://app.jainshikanji.in")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void eachServicesAdminEndpointsAreRoutedToItForAdministratorsOnly() {
		String admin = TestTokens.admin();
		Map<?, ?> echo = this.client.get()
			.uri("/api/v1/admin/customer-service/audit-log?page=2")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(echo.get("path")).isEqualTo("/api/v1/admin/audit-log");
		assertThat(echo.get("query")).isEqualTo("page=2");
		// The service's problems name the path the client asked for, not the one it got.
		Map<?, ?> problem = this.client.get()
			.uri("/api/v1/admin/customer-service/dead-letters/7?problem")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("instance")).isEqualTo("/api/v1/admin/customer-service/dead-letters/7");
		echo = this.client.post()
			.uri("/api/v1/admin/inventory-service/outbox/parked/42/retry")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(echo.get("path")).isEqualTo("/api/v1/admin/outbox/parked/42/retry");
		assertThat(echo.get("method")).isEqualTo("POST");
		assertThat(RawHttp
			.send(this.port, "GET", "/api/v1/admin/%73tore-service/dead-letters", "Authorization: Bearer " + admin)
			.echoedPath()).isEqualTo("/api/v1/admin/dead-letters");
		// A service that is down answers like its normal route does.
		this.client.get()
			.uri("/api/v1/admin/order-service/audit-log")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.instance")
			.isEqualTo("/api/v1/admin/order-service/audit-log");
		this.client.get()
			.uri("/api/v1/admin/no-such-service/audit-log")
			.headers((h) -> h.setBearerAuth(admin))
			.exchange()
			.expectStatus()
			.isNotFound();
		refused(HttpMethod.GET, "/api/v1/admin/customer-service/audit-log", TestTokens.customer());
		refused(HttpMethod.POST, "/api/v1/admin/inventory-service/outbox/parked/42/retry",
				TestTokens.staffOf(UUID.randomUUID()));
		this.client.get().uri("/api/v1/admin/customer-service/audit-log").exchange().expectStatus().isUnauthorized();
	}

	private void passes(HttpMethod method, String path, String token) {
		Map<?, ?> echo = this.client.method(method).uri(path).headers((h) -> {
			if (token != null) {
				h.setBearerAuth(token);
			}
		}).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(echo.get("path")).as("routed to the service").isEqualTo(path.replaceAll("\\?.*", ""));
	}

	private void refused(HttpMethod method, String path, String token) {
		Map<?, ?> problem = this.client.method(method)
			.uri(path)
			.headers((h) -> h.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/access-denied");
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
