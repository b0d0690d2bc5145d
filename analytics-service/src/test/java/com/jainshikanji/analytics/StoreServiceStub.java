package com.jainshikanji.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import com.jainshikanji.testsupport.contract.ConsumerContract;

/**
 * The store service's public {@code GET /api/v1/stores/{id}} over real HTTP, answering as
 * the contracts under {@code contracts/store} say (the store service's
 * AnalyticsServiceContractTests replay them against the real service): the stores a test
 * names, 404 for others, 503 for all while {@link #down()}.
 */
public final class StoreServiceStub {

	/** The answers analytics relies on, as the store service's tests check them. */
	private static final ConsumerContract STORE = ConsumerContract.fromClasspath("store/store");

	private static final ConsumerContract UNKNOWN_STORE = ConsumerContract.fromClasspath("store/unknown-store");

	private static final Map<UUID, Store> stores = new ConcurrentHashMap<>();

	private static final AtomicBoolean down = new AtomicBoolean();

	private static final HttpServer server = start();

	private StoreServiceStub() {
	}

	/** A store the store service describes from now on. */
	public static UUID store(String name, String zone) {
		UUID id = UUID.randomUUID();
		describe(id, name, zone);
		return id;
	}

	public static void describe(UUID storeId, String name, String zone) {
		stores.put(storeId, new Store(name, ZoneId.of(zone)));
	}

	public static void down() {
		down.set(true);
	}

	public static void up() {
		down.set(false);
	}

	static String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	private static HttpServer start() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			http.createContext("/api/v1/stores/", (exchange) -> {
				String id = exchange.getRequestURI().getPath().substring("/api/v1/stores/".length());
				Store store = null;
				try {
					store = stores.get(UUID.fromString(id));
				}
				catch (IllegalArgumentException ex) {
					// not a store id: 404 below
				}
				int status;
				String body;
				if (down.get()) {
					status = 503;
					body = "{\"type\":\"https://api.jainshikanji.in/problems/service-unavailable\",\"status\":503}";
				}
				else if (store == null) {
					status = UNKNOWN_STORE.status();
					body = UNKNOWN_STORE.responseBodyWith(Map.of());
				}
				else {
					status = STORE.status();
					body = STORE.responseBodyWith(Map.<String, Object>of("/id", id, "/name", store.name(), "/timeZone",
							store.zone().getId()));
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

	private record Store(String name, ZoneId zone) {
	}

	/** Points the service's store client at the stub. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("storeServiceStub", Map.of("analytics.stores.url", url())));
		}

	}

}
