package com.jainshikanji.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.jainshikanji.testsupport.contract.ConsumerContract;
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
 * The customer service (the identity service) as a stub on a real HTTP port, answering
 * with the examples of the contract files in
 * {@code src/test/resources/contracts/customer} (which the customer service checks
 * against its real answers in its {@code StoreServiceContractTests}): it trades this
 * service's client credentials for a SERVICE token, and answers whether a user exists
 * (their id and roles) only to a request carrying that token. Every user exists, as the
 * users tests put to work at a store are meant to, except those a test names
 * {@link #unknown}. Started once per JVM; the application under test is pointed at it
 * before it starts.
 */
public final class Users implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Where the customer service answers whether a user exists: the contract's path
	 * without its example id.
	 */
	static final String USERS = usersPath();

	/** The store service's client secret in tests. */
	static final String SERVICE_SECRET = "test-store-service-secret";

	static final WireMockServer customers = start();

	/** The SERVICE token the stub hands out, and the only one it answers lookups to. */
	private static volatile String serviceToken = newServiceToken();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("users",
					Map.of("stores.customer-service.url", customers.baseUrl(),
							"jainshikanji.security.service-client.token-uri",
							customers.baseUrl() + "/api/v1/auth/service-token",
							"jainshikanji.security.service-client.client-secret", SERVICE_SECRET,
							// A slow customer service is a 503 soon, not after the
							// production timeout.
							"stores.customer-service.read-timeout", "500ms")));
		reset();
	}

	private static String usersPath() {
		String example = ConsumerContract.fromClasspath("customer/user").path();
		return example.substring(0, example.lastIndexOf('/') + 1);
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true).containerThreads(20));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-shutdown"));
		return server;
	}

	/**
	 * Forgets every unknown user and every request: every user exists again, and the
	 * token endpoint hands out the same SERVICE token as before.
	 */
	static void reset() {
		customers.resetAll();
		stubTokenAndUsers();
	}

	/**
	 * The identity service hands out a new token and refuses the one it handed out before
	 * (401), as after a rotation of its signing key.
	 */
	static void rotateToken() {
		serviceToken = newServiceToken();
		customers.resetMappings();
		stubTokenAndUsers();
	}

	private static void stubTokenAndUsers() {
		ConsumerContract token = ConsumerContract.fromClasspath("customer/service-token");
		customers.stubFor(post(urlPathEqualTo(token.path()))
			.withRequestBody(matchingJsonPath("$.clientId", equalTo("store-service")))
			.withRequestBody(matchingJsonPath("$.clientSecret", equalTo(SERVICE_SECRET)))
			.willReturn(json(token.status(),
					token.responseBodyWith(Map.of("/accessToken", serviceToken, "/expiresIn", 600)))));
		ConsumerContract user = ConsumerContract.fromClasspath("customer/user");
		customers.stubFor(get(urlPathMatching(USERS + "[^/]+")).atPriority(10)
			.withHeader("Authorization", equalTo("Bearer " + serviceToken))
			.willReturn(json(user.status(), user.responseBody().toString())));
		// Any other token (or none) is refused, as the customer service refuses it.
		customers.stubFor(get(urlPathMatching(USERS + ".*")).atPriority(20)
			.willReturn(json(401, "{\"type\":\"https://api.jainshikanji.in/problems/invalid-token\",\"status\":401}")));
	}

	private static String newServiceToken() {
		return TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of());
	}

	/** The identity service knows no such user. */
	static void unknown(UUID userId) {
		ConsumerContract notFound = ConsumerContract.fromClasspath("customer/user-not-found");
		customers.stubFor(get(urlPathEqualTo(USERS + userId)).atPriority(5)
			.withHeader("Authorization", equalTo("Bearer " + serviceToken))
			.willReturn(json(notFound.status(), notFound.responseBody().toString())));
	}

	/** Every request breaks off, as when the customer service is down. */
	static void down() {
		customers.stubFor(get(urlPathMatching(".*")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** Every answer takes longer than the client waits. */
	static void slow() {
		customers.stubFor(
				get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
	}

	/** Every request is answered with this status and no body (a wrong base URL). */
	static void answers(int status) {
		customers.stubFor(get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(status)));
	}

	/** How many times the customer service was asked about the user. */
	static int lookups(UUID userId) {
		return customers.countRequestsMatching(getRequestedFor(urlPathEqualTo(USERS + userId)).build()).getCount();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", (status >= 400) ? "application/problem+json" : "application/json")
			.withBody(body);
	}

}
