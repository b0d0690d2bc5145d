package com.jainshikanji.inventory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * The store service's public {@code GET /api/v1/stores/{id}} over real HTTP, answering as
 * the contracts under {@code contracts/store} say: every store is one it knows (tests
 * work on random stores of their own), except those a test made {@link #unknownStore()
 * unknown} (404 store-not-found) or {@link #fail(UUID) failing} (503).
 */
final class StoreServiceStub {

	private static final ConsumerContract STORE = ConsumerContract.fromClasspath("store/store");

	private static final ConsumerContract UNKNOWN_STORE = ConsumerContract.fromClasspath("store/unknown-store");

	private static final Set<UUID> unknown = ConcurrentHashMap.newKeySet();

	private static final Set<UUID> failing = ConcurrentHashMap.newKeySet();

	private static final Map<UUID, AtomicInteger> asked = new ConcurrentHashMap<>();

	private static final HttpServer server = start();

	private StoreServiceStub() {
	}

	/** A store the store service does not know. */
	static UUID unknownStore() {
		UUID id = UUID.randomUUID();
		unknown.add(id);
		return id;
	}

	/**
	 * From now on, the store service fails (503) whenever it is asked about the store.
	 */
	static void fail(UUID storeId) {
		failing.add(storeId);
	}

	/** How often the store service was asked about the store. */
	static int timesAsked(UUID storeId) {
		AtomicInteger count = asked.get(storeId);
		return (count != null) ? count.get() : 0;
	}

	static String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static HttpServer start() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			http.createContext("/api/v1/stores/", (exchange) -> {
				String id = exchange.getRequestURI().getPath().substring("/api/v1/stores/".length());
				UUID storeId = null;
				try {
					storeId = UUID.fromString(id);
				}
				catch (IllegalArgumentException ex) {
					// not a store id: 404 below
				}
				int status;
				String body;
				if (storeId != null) {
					asked.computeIfAbsent(storeId, (key) -> new AtomicInteger()).incrementAndGet();
				}
				if (storeId != null && failing.contains(storeId)) {
					status = 503;
					body = "{\"type\":\"https://api.jainshikanji.in/problems/service-unavailable\",\"status\":503}";
				}
				else if (storeId == null || unknown.contains(storeId)) {
					status = UNKNOWN_STORE.status();
					body = UNKNOWN_STORE.responseBodyWith(Map.of());
				}
				else {
					status = STORE.status();
					body = STORE.responseBodyWith(Map.of("/id", id));
				}
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders()
					.add("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
				exchange.sendResponseHeaders(status, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			http.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> http.stop(0), "store-stub-shutdown"));
			return http;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Points the service's store client at the stub. */
	static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("storeServiceStub", Map.of("inventory.stores.url", url())));
		}

	}

}
