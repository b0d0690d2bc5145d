package com.jainshikanji.gateway;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

import com.jainshikanji.testsupport.infra.Infrastructure;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Budgets of 5 (anonymous), 8 (user) and 12 (admin) requests a minute. Loopback is not a
 * trusted proxy here, so the test's own X-Forwarded-For headers are spoofs.
 */
@GatewayTest
@TestPropertySource(properties = { "gateway.rate-limit.anonymous-per-minute=5",
		"gateway.rate-limit.authenticated-per-minute=8", "gateway.rate-limit.admin-per-minute=12",
		"gateway.rate-limit.webhook-per-minute=7", "gateway.trusted-proxies=10.255.255.0/24" })
class RateLimitTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@Autowired
	StringRedisTemplate redis;

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	@Qualifier("rateLimitFilter")
	WebFilter rateLimitFilter;

	@Test
	void anAnonymousClientGets429WithRetryAfterOnceItsBudgetIsSpent() {
		double rejectedBefore = rejections("anonymous");
		for (int i = 1; i <= 5; i++) {
			this.client.get()
				.uri("/api/v1/products")
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "5")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", String.valueOf(5 - i));
		}
		EntityExchangeResult<Map> refused = refusedAnonymousRequest();
		assertThat(refused.getResponseBody().get("type"))
			.isEqualTo("https://api.jainshikanji.in/problems/too-many-requests");
		// One token comes back every 12 s at 5 a minute.
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 12L);
		assertThat(rejections("anonymous") - rejectedBefore).as("gateway.ratelimit.rejections").isEqualTo(1);
	}

	@Test
	void aClientHammeringASpentBudgetIsRefusedWithoutAskingRedisUntilItsNextTokenIsDue() {
		for (int i = 1; i <= 5; i++) {
			this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
		}
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isEqualTo(429);
		double rejectedBefore = rejections("anonymous");
		long asked = limiterScriptCalls();
		for (int i = 0; i < 30; i++) {
			EntityExchangeResult<Map> refused = refusedAnonymousRequest();
			assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L,
					12L);
		}
		assertThat(limiterScriptCalls() - asked).as("Redis asked while the bucket was known empty").isZero();
		assertThat(rejections("anonymous") - rejectedBefore).as("gateway.ratelimit.rejections").isEqualTo(30);
		// Another client's bucket is still Redis' to decide.
		assertThat(this.client.get()
			.uri("/api/v1/customers/me")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getFirst("X-RateLimit-Remaining")).isEqualTo("7");
		assertThat(limiterScriptCalls() - asked).isEqualTo(1);
	}

	/** An anonymous request over the budget of 5, refused as such. */
	private EntityExchangeResult<Map> refusedAnonymousRequest() {
		return this.client.get()
			.uri("/api/v1/products")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0")
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "5")
			.expectBody(Map.class)
			.returnResult();
	}

	/**
	 * How often Redis ran a script, the limiter's being the only one the gateway sends.
	 */
	private long limiterScriptCalls() {
		Properties stats = this.redis
			.execute((RedisCallback<Properties>) (connection) -> connection.serverCommands().info("commandstats"));
		long calls = 0;
		for (String command : List.of("cmdstat_evalsha", "cmdstat_eval")) {
			String line = stats.getProperty(command, "calls=0,");
			calls += Long.parseLong(line.substring(line.indexOf("calls=") + 6, line.indexOf(',')));
		}
		return calls;
	}

	private double rejections(String caller) {
		return this.meters.get("gateway.ratelimit.rejections").tag("caller", caller).counter().count();
	}

	@Test
	void thePaymentProvidersWebhooksHaveABudgetOfTheirOwnApartFromAnonymousCustomers() {
		double rejectedBefore = rejections("webhook");
		// The customers from the same address spend theirs first.
		for (int i = 0; i < 5; i++) {
			this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
		}
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isEqualTo(429);
		for (int i = 1; i <= 7; i++) {
			// Every spelling of the path is the same budget.
			String path = (i % 2 == 0) ? "/api/v1/payments/%77ebhook" : "/api/v1/payments/webhook";
			RawHttp.Response taken = RawHttp.send(this.port, "POST", path, "Content-Length: 0");
			assertThat(taken.status()).as("webhook %d", i).isEqualTo(200);
			assertThat(taken.header("X-RateLimit-Limit")).isEqualTo("7");
			assertThat(taken.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(7 - i));
		}
		RawHttp.Response refused = RawHttp.send(this.port, "POST", "/api/v1/payments/webhook", "Content-Length: 0");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(rejections("webhook") - rejectedBefore).as("gateway.ratelimit.rejections").isEqualTo(1);
		// Anything else under /api/v1/payments is no webhook: it is charged to the
		// customers' spent budget (refused, it would be a 401).
		RawHttp.Response other = RawHttp.send(this.port, "POST", "/api/v1/payments/webhooks", "Content-Length: 0");
		assertThat(other.status()).isEqualTo(429);
		assertThat(other.header("X-RateLimit-Limit")).isEqualTo("5");
	}

	@Test
	void everySpellingOfAnOpenPathDrawsOnTheSameBudget() {
		List<String> spellings = List.of("/%61pi/v1/products", "/api/%76%31/products", "/api/v1/product%73",
				"/%61%70%69/v1/%70roducts", "/api/v1/products");
		for (int i = 0; i < spellings.size(); i++) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", spellings.get(i));
			assertThat(response.status()).as(spellings.get(i)).isEqualTo(200);
			assertThat(response.header("X-RateLimit-Limit")).isEqualTo("5");
			assertThat(response.header("X-RateLimit-Remaining")).isEqualTo(String.valueOf(4 - i));
			assertThat(response.echoedPath()).isEqualTo("/api/v1/products");
		}
		for (String spelling : List.of("/%61pi/v1/products", "/api/v1/product%73?category=x", "/.well-known/jwks.json",
				"/api-docs/customer-service")) {
			RawHttp.Response refused = RawHttp.send(this.port, "GET", spelling);
			assertThat(refused.status()).as(spelling).isEqualTo(429);
			assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
		}
		// The gateway's own pages stay reachable.
		assertThat(RawHttp.send(this.port, "GET", "/readyz").status()).isEqualTo(200);
		assertThat(RawHttp.send(this.port, "GET", "/livez").status()).isEqualTo(200);
	}

	@Test
	void aRedisThatForgotTheLimitersScriptIsSentItAgainAndTheBudgetStillCounts() {
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
		// What a Redis restart does to the scripts it had cached.
		this.redis.execute((RedisCallback<Void>) (connection) -> {
			connection.scriptingCommands().scriptFlush();
			return null;
		});
		this.client.get()
			.uri("/api/v1/products")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "3");
	}

	@Test
	void aRefusedBudgetStillCarriesTheSecurityHeadersAndNoHstsOnAnUntrustedClaim() {
		for (int i = 0; i < 5; i++) {
			this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
		}
		this.client.get()
			.uri("/api/v1/products")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

	@Test
	void rotatingXForwardedForFromAnUntrustedPeerDoesNotBuyAFreshBudget() {
		for (int i = 0; i < 5; i++) {
			String spoofed = "198.51.100." + i;
			this.client.get()
				.uri("/api/v1/products")
				.header("X-Forwarded-For", spoofed)
				.exchange()
				.expectStatus()
				.isOk();
		}
		this.client.get()
			.uri("/api/v1/products")
			.header("X-Forwarded-For", "198.51.100.99")
			.exchange()
			.expectStatus()
			.isEqualTo(429);
	}

	@Test
	void eachUserHasABudgetOfTheirOwnAndAdminsALargerOne() {
		String alice = TestTokens.customer();
		String bob = TestTokens.customer();
		assertThat(allowedOutOf(20, alice)).isEqualTo(8);
		assertThat(allowedOutOf(1, bob)).isEqualTo(1);
		assertThat(allowedOutOf(20, TestTokens.admin())).isEqualTo(12);
		// Anonymous traffic from the same address is counted apart from the users'.
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isOk();
	}

	@Test
	void twoGatewayInstancesOnTheSameRedisShareOneBucket() {
		try (ConfigurableApplicationContext second = secondInstance()) {
			int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
			WebTestClient other = WebTestClient.bindToServer().baseUrl("http://localhost:" + secondPort).build();
			String token = TestTokens.customer();
			int allowed = 0;
			for (int i = 0; i < 16; i++) {
				WebTestClient instance = (i % 2 == 0) ? this.client : other;
				int status = instance.get()
					.uri("/api/v1/customers/me")
					.headers((h) -> h.setBearerAuth(token))
					.exchange()
					.returnResult(Void.class)
					.getStatus()
					.value();
				if (status == 200) {
					allowed++;
				}
				else {
					assertThat(status).isEqualTo(429);
				}
			}
			assertThat(allowed).isEqualTo(8);
		}
	}

	@Test
	void requestsThatSecurityRefusesSpendTheClientsBudgetToo() {
		for (int i = 1; i <= 5; i++) {
			boolean forged = i > 3;
			// No token, then a forged one: each costs the gateway as much as a request
			// that passes, the forged one a signature check.
			this.client.get().uri("/api/v1/orders").headers((h) -> {
				if (forged) {
					h.setBearerAuth("forged.token.value");
				}
			})
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", String.valueOf(5 - i));
		}
		for (String token : List.of("", "Bearer forged.token.value")) {
			this.client.get().uri("/api/v1/orders").headers((h) -> {
				if (!token.isEmpty()) {
					h.set(HttpHeaders.AUTHORIZATION, token);
				}
			})
				.exchange()
				.expectStatus()
				.isEqualTo(429)
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectHeader()
				.exists(HttpHeaders.RETRY_AFTER);
		}
		// Refused CORS preflights and requests the firewall refuses; an allowed preflight
		// is not counted, and still answered.
		preflightFrom("https://evil.example").expectStatus().isEqualTo(429);
		assertThat(RawHttp.send(this.port, "TRACE", "/api/v1/products").status()).isEqualTo(429);
		preflightFrom("https://app.jainshikanji.in").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://app.jainshikanji.in");
	}

	@Test
	void aRefusedCorsRequestIsCounted() {
		for (int i = 1; i <= 5; i++) {
			preflightFrom("https://evil.example").expectStatus().isForbidden();
		}
		this.client.get().uri("/api/v1/products").exchange().expectStatus().isEqualTo(429);
	}

	@Test
	void aUserRefusedAnAdminPathSpendsTheirOwnBudget() {
		String customer = TestTokens.customer();
		for (int i = 1; i <= 8; i++) {
			postAs(customer, "/api/v1/products").expectStatus()
				.isForbidden()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "8");
		}
		postAs(customer, "/api/v1/products").expectStatus().isEqualTo(429);
	}

	@Test
	void theEndpointsForCallersWhoAreNotSignedInAreChargedToTheirAddressWhateverTokenComesAlong() {
		String customer = TestTokens.customer();
		List<String> endpoints = List.of("/api/v1/auth/login", "/api/v1/auth/register", "/api/v1/auth/forgot-password",
				"/api/v1/auth/reset-password", "/api/v1/auth/login");
		for (int i = 0; i < endpoints.size(); i++) {
			postAs(customer, endpoints.get(i)).expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "5")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", String.valueOf(4 - i));
		}
		postAs(customer, "/api/v1/auth/login").expectStatus().isEqualTo(429);
		postAs(customer, "/api/v1/payments/webhook").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Limit", "7");
		// The user's own budget is untouched.
		this.client.get()
			.uri("/api/v1/customers/me")
			.headers((h) -> h.setBearerAuth(customer))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "7");
	}

	@Test
	void aRequestThatFailsAfterItsBudgetWasCheckedIsNeverSentAgain() {
		AtomicInteger sent = new AtomicInteger();
		// The errors a client going away or a service can end a request with, which
		// also look like Redis being away.
		for (Throwable failure : List.of(new IOException("Connection reset by peer"),
				new java.util.concurrent.TimeoutException("Response took longer than timeout"))) {
			sent.set(0);
			MockServerWebExchange exchange = MockServerWebExchange.from(
					MockServerHttpRequest.post("/api/v1/orders").remoteAddress(new InetSocketAddress("127.0.0.1", 1)));
			Mono<Void> request = this.rateLimitFilter.filter(exchange, (passed) -> {
				sent.incrementAndGet();
				return Mono.error(failure);
			});
			assertThatThrownBy(() -> request.block(Duration.ofSeconds(10))).hasRootCause(failure);
			assertThat(sent).as("%s", failure).hasValue(1);
		}
	}

	private WebTestClient.ResponseSpec preflightFrom(String origin) {
		return this.client.options()
			.uri("/api/v1/orders")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange();
	}

	private WebTestClient.ResponseSpec postAs(String token, String path) {
		return this.client.post().uri(path).headers((h) -> h.setBearerAuth(token)).exchange();
	}

	private int allowedOutOf(int attempts, String token) {
		int allowed = 0;
		for (int i = 0; i < attempts; i++) {
			int status = this.client.get()
				.uri("/api/v1/customers/me")
				.headers((h) -> h.setBearerAuth(token))
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value();
			if (status == 200) {
				allowed++;
			}
		}
		return allowed;
	}

	private ConfigurableApplicationContext secondInstance() {
		Infrastructure infrastructure = Infrastructure.shared();
		List<String> arguments = new ArrayList<>();
		arguments.add("--server.port=0");
		arguments.add("--management.server.port=0");
		arguments.add("--spring.data.redis.host=" + infrastructure.redisHost());
		arguments.add("--spring.data.redis.port=" + infrastructure.redisPort());
		arguments.add("--jainshikanji.security.jwt.jwk-set-uri=" + TestTokens.jwkSetUri());
		arguments.add("--gateway.rate-limit.anonymous-per-minute=5");
		arguments.add("--gateway.rate-limit.authenticated-per-minute=8");
		arguments.add("--gateway.rate-limit.admin-per-minute=12");
		arguments.add("--gateway.trusted-proxies=10.255.255.0/24");
		arguments.add("--gateway.services.order-service.uri=http://127.0.0.1:9");
		EchoRoutes.ECHOED
			.forEach((service) -> arguments.add("--gateway.services." + service + ".uri=" + EchoService.url()));
		// Command-line arguments win over application.yml, as the test's own properties
		// do. Its own event loops: closing it must not dispose the global ones that the
		// test context's clients keep using.
		return new SpringApplicationBuilder(GatewayServiceApplication.class).profiles("test")
			.initializers(new IdentityStub(), (context) -> ((GenericApplicationContext) context)
				.registerBean(ReactorResourceFactory.class, () -> {
					ReactorResourceFactory resources = new ReactorResourceFactory();
					resources.setUseGlobalResources(false);
					return resources;
				}))
			.run(arguments.toArray(String[]::new));
	}

}
