package com.jainshikanji.testsupport.contract;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.jainshikanji.testsupport.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The customer service (the identity service) as its users' consumers rely on it
 * (common-lib's {@code UserDirectory}), a WireMock stub on a real HTTP port answering
 * with the examples of the consumer's own contract files in
 * {@code src/test/resources/contracts/} (which the customer service replays against its
 * real answers): it trades the consumer's client credentials
 * ({@code customer/service-token}) for a SERVICE token, and answers whether a user exists
 * (their id and roles) only to a request carrying that token. Every user exists, except
 * those a test names {@link #unknown}.
 *
 * <p>
 * The consumer needs WireMock on its test classpath. It keeps one per JVM in a static
 * field of its test initializer, and points the application under test at it before it
 * starts:
 *
 * <pre class="code">
 * static final UserDirectoryStub stub = new UserDirectoryStub("store-service", "customer/user", "customer/user-not-found");
 *
 * public void initialize(ConfigurableApplicationContext context) {
 *     stub.pointAt(context, "stores.customer-service");
 * }
 * </pre>
 */
public final class UserDirectoryStub {

	private static final String SERVICE_TOKEN_CONTRACT = "customer/service-token";

	private final String clientId;

	private final String clientSecret;

	private final String userContract;

	private final String userNotFoundContract;

	private final String usersPath;

	private final WireMockServer server;

	/** The SERVICE token the stub hands out, and the only one it answers lookups to. */
	private volatile String serviceToken = newServiceToken();

	/**
	 * Starts the stub (stopped when the JVM ends).
	 * @param clientId the consumer's client id, the only one the token endpoint takes
	 * (with the secret {@code test-<clientId>-secret})
	 * @param userContract the consumer's contract for a user the identity service knows
	 * @param userNotFoundContract its contract for one it does not know
	 */
	public UserDirectoryStub(String clientId, String userContract, String userNotFoundContract) {
		this.clientId = clientId;
		this.clientSecret = "test-" + clientId + "-secret";
		this.userContract = userContract;
		this.userNotFoundContract = userNotFoundContract;
		String example = ConsumerContract.fromClasspath(userContract).path();
		this.usersPath = example.substring(0, example.lastIndexOf('/') + 1);
		this.server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true).containerThreads(20));
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::stop, "wiremock-shutdown"));
	}

	/**
	 * Points the application under test at the stub (its {@code <prefix>.url} and this
	 * service's token endpoint and client secret), with a read timeout of 500 ms so that
	 * a slow customer service is a 503 soon, not after the production timeout; and
	 * {@linkplain #reset() resets} the stub.
	 * @param prefix the consumer's own properties of the customer service, e.g.
	 * {@code stores.customer-service}
	 */
	public void pointAt(ConfigurableApplicationContext context, String prefix) {
		String tokenPath = ConsumerContract.fromClasspath(SERVICE_TOKEN_CONTRACT).path();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("customer-service",
					Map.of(prefix + ".url", this.server.baseUrl(), prefix + ".read-timeout", "500ms",
							"jainshikanji.security.service-client.token-uri", this.server.baseUrl() + tokenPath,
							"jainshikanji.security.service-client.client-secret", this.clientSecret)));
		reset();
	}

	/**
	 * Where the customer service answers whether a user exists: the contract's path
	 * without its example id.
	 */
	public String usersPath() {
		return this.usersPath;
	}

	/**
	 * Forgets every unknown user and every request: every user exists again, and the
	 * token endpoint hands out the same SERVICE token as before.
	 */
	public void reset() {
		this.server.resetAll();
		stubTokenAndUsers();
	}

	/**
	 * The identity service hands out a new token and refuses the one it handed out before
	 * (401), as after a rotation of its signing key.
	 */
	public void rotateToken() {
		this.serviceToken = newServiceToken();
		this.server.resetMappings();
		stubTokenAndUsers();
	}

	private void stubTokenAndUsers() {
		ConsumerContract token = ConsumerContract.fromClasspath(SERVICE_TOKEN_CONTRACT);
		this.server.stubFor(post(urlPathEqualTo(token.path()))
			.withRequestBody(matchingJsonPath("$.clientId", equalTo(this.clientId)))
			.withRequestBody(matchingJsonPath("$.clientSecret", equalTo(this.clientSecret)))
			.willReturn(json(token.status(),
					token.responseBodyWith(Map.of("/accessToken", this.serviceToken, "/expiresIn", 600)))));
		ConsumerContract user = ConsumerContract.fromClasspath(this.userContract);
		this.server.stubFor(get(urlPathMatching(this.usersPath + "[^/]+")).atPriority(10)
			.withHeader("Authorization", equalTo("Bearer " + this.serviceToken))
			.willReturn(json(user.status(), user.responseBody().toString())));
		// Any other token (or none) is refused, as the customer service refuses it.
		this.server.stubFor(get(urlPathMatching(this.usersPath + ".*")).atPriority(20)
			.willReturn(json(401, "{\"type\":\"https://api.jainshikanji.in/problems/invalid-token\",\"status\":401}")));
	}

	private static String newServiceToken() {
		return TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of());
	}

	/** The identity service knows no such user. */
	public void unknown(UUID userId) {
		ConsumerContract notFound = ConsumerContract.fromClasspath(this.userNotFoundContract);
		this.server.stubFor(get(urlPathEqualTo(this.usersPath + userId)).atPriority(5)
			.withHeader("Authorization", equalTo("Bearer " + this.serviceToken))
			.willReturn(json(notFound.status(), notFound.responseBody().toString())));
	}

	/** Every request breaks off, as when the customer service is down. */
	public void down() {
		this.server.stubFor(get(urlPathMatching(".*")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** Every answer takes longer than the client waits. */
	public void slow() {
		this.server.stubFor(
				get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
	}

	/** Every request is answered with this status and no body (a wrong base URL). */
	public void answers(int status) {
		this.server.stubFor(get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(status)));
	}

	/** How many times the customer service was asked about the user. */
	public int lookups(UUID userId) {
		return this.server.countRequestsMatching(getRequestedFor(urlPathEqualTo(this.usersPath + userId)).build())
			.getCount();
	}

	/** How many times the customer service was asked about anyone. */
	public int lookups() {
		return (int) this.server.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().startsWith(this.usersPath))
			.count();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", (status >= 400) ? "application/problem+json" : "application/json")
			.withBody(body);
	}

}
