package com.jainshikanji.testsupport.contract;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The store service's public {@code GET /api/v1/stores/{id}} as its consumers rely on it
 * (inventory asks whether a store exists, analytics for its name and time zone), on a
 * real HTTP port, answering with the examples of the consumer's own contract files
 * {@code store/store} and {@code store/unknown-store} (which the store service replays
 * against its real answers). What it says of a store is up to the test: described (a name
 * and a zone), unknown (404 {@code store-not-found}) or failing (503); every other store
 * exists or not as the consumer chose ({@link Unlisted}).
 *
 * <p>
 * The consumer keeps one per JVM in a static field of its test initializer and points the
 * application under test at it before it starts:
 *
 * <pre class="code">
 * static final StoreServiceStub stores = new StoreServiceStub(Unlisted.EXIST);
 *
 * public void initialize(ConfigurableApplicationContext context) {
 *     stores.pointAt(context, "inventory.stores.url");
 * }
 * </pre>
 */
public final class StoreServiceStub {

	private static final String PATH = "/api/v1/stores/";

	private static final ConsumerContract STORE = ConsumerContract.fromClasspath("store/store");

	private static final ConsumerContract UNKNOWN_STORE = ConsumerContract.fromClasspath("store/unknown-store");

	private final Unlisted unlisted;

	private final Map<UUID, Store> described = new ConcurrentHashMap<>();

	private final Set<UUID> unknown = ConcurrentHashMap.newKeySet();

	private final Set<UUID> failing = ConcurrentHashMap.newKeySet();

	private final Map<UUID, AtomicInteger> asked = new ConcurrentHashMap<>();

	private final HttpServer server;

	/** Starts the stub (stopped when the JVM ends). */
	public StoreServiceStub(Unlisted unlisted) {
		this.unlisted = unlisted;
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext(PATH, this::answer);
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.server.stop(0), "store-stub-shutdown"));
	}

	/** A new store the store service describes with this name and zone. */
	public UUID store(String name, String zone) {
		UUID id = UUID.randomUUID();
		describe(id, name, zone);
		return id;
	}

	/** From now on, the store service describes the store with this name and zone. */
	public void describe(UUID storeId, String name, String zone) {
		this.described.put(storeId, new Store(name, ZoneId.of(zone)));
	}

	/** A store the store service does not know. */
	public UUID unknownStore() {
		UUID id = UUID.randomUUID();
		this.unknown.add(id);
		return id;
	}

	/**
	 * From now on, the store service fails (503) whenever it is asked about the store.
	 */
	public void fail(UUID storeId) {
		this.failing.add(storeId);
	}

	/** How often the store service was asked about the store. */
	public int timesAsked(UUID storeId) {
		AtomicInteger count = this.asked.get(storeId);
		return (count != null) ? count.get() : 0;
	}

	/** Sets the consumer's property naming the store service's base URL to the stub's. */
	public void pointAt(ConfigurableApplicationContext context, String urlProperty) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("store-service",
					Map.of(urlProperty, "http://127.0.0.1:" + this.server.getAddress().getPort())));
	}

	private void answer(HttpExchange exchange) throws IOException {
		UUID storeId = storeId(exchange.getRequestURI().getPath().substring(PATH.length()));
		if (storeId == null) {
			send(exchange, UNKNOWN_STORE.status(), UNKNOWN_STORE.responseBodyWith(Map.of()));
			return;
		}
		this.asked.computeIfAbsent(storeId, (key) -> new AtomicInteger()).incrementAndGet();
		Store store = this.described.get(storeId);
		if (this.failing.contains(storeId)) {
			send(exchange, 503,
					"{\"type\":\"https://api.jainshikanji.in/problems/service-unavailable\",\"status\":503}");
		}
		else if (store == null && (this.unknown.contains(storeId) || this.unlisted == Unlisted.UNKNOWN)) {
			send(exchange, UNKNOWN_STORE.status(), UNKNOWN_STORE.responseBodyWith(Map.of()));
		}
		else {
			Map<String, Object> replacements = new LinkedHashMap<>();
			replacements.put("/id", storeId.toString());
			if (store != null) {
				replacements.put("/name", store.name());
				replacements.put("/timeZone", store.zone().getId());
			}
			send(exchange, STORE.status(), STORE.responseBodyWith(replacements));
		}
	}

	private static @Nullable UUID storeId(String path) {
		try {
			return UUID.fromString(path);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders()
			.add("Content-Type", (status == 200) ? "application/json" : "application/problem+json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/** What the stub says of a store no test described, made unknown or failing. */
	public enum Unlisted {

		/** It exists (tests work on random stores of their own). */
		EXIST,

		/** The store service does not know it. */
		UNKNOWN

	}

	private record Store(String name, ZoneId zone) {
	}

}
