package com.jainshikanji.customer;

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

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * The inventory service's catalog, as a stub on a real HTTP port answering with the
 * examples of the contract files in {@code src/test/resources/contracts/inventory}: it
 * lists the products a test names ({@link #lists}) and no other. Started once per JVM;
 * the application under test is pointed at it before it starts.
 */
public final class Catalog implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String PRODUCTS = "/api/v1/products/";

	static final WireMockServer inventory = start();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("catalog", Map.of("customers.inventory.url", inventory.baseUrl(),
					// A slow catalog is a 503 sooner than after the production timeout,
					// but
					// not so soon that a stub slowed by a loaded CI machine (two test
					// JVMs
					// and the databases on two cores) is taken for a slow catalog: 500 ms
					// was, once.
					"customers.inventory.read-timeout", "1500ms")));
		reset();
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true).containerThreads(20));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-shutdown"));
		return server;
	}

	/** Forgets every product listed and every request; no product is listed. */
	static void reset() {
		inventory.resetAll();
		ConsumerContract notFound = ConsumerContract.fromClasspath("inventory/product-not-found");
		inventory.stubFor(get(urlPathMatching(PRODUCTS + ".*")).atPriority(10)
			.willReturn(json(notFound.status(), notFound.responseBody().toString())));
	}

	/** The catalog lists these products (orderable now). */
	static void lists(UUID... productIds) {
		for (UUID productId : productIds) {
			product(productId, true);
		}
	}

	/**
	 * The catalog lists the product, switched off or outside its ordering window when not
	 * {@code orderable}.
	 */
	static void product(UUID productId, boolean orderable) {
		ConsumerContract product = ConsumerContract.fromClasspath("inventory/product");
		inventory.stubFor(get(urlPathEqualTo(PRODUCTS + productId)).willReturn(json(product.status(),
				product.responseBodyWith(Map.of("/id", productId.toString(), "/available", orderable)))));
	}

	/** Every request breaks off, as when the inventory service is down. */
	static void down() {
		inventory.stubFor(get(urlPathMatching(".*")).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	/** Every answer takes longer than the client waits. */
	static void slow() {
		inventory.stubFor(
				get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
	}

	/** Every request is answered with this status and no body (a wrong base URL). */
	static void answers(int status) {
		inventory.stubFor(get(urlPathMatching(".*")).atPriority(1).willReturn(aResponse().withStatus(status)));
	}

	/** How many times the catalog was asked about the product. */
	static int lookups(UUID productId) {
		return inventory.countRequestsMatching(getRequestedFor(urlPathEqualTo(PRODUCTS + productId)).build())
			.getCount();
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", (status >= 400) ? "application/problem+json" : "application/json")
			.withBody(body);
	}

}
