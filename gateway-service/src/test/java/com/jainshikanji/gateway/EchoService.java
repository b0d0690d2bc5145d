package com.jainshikanji.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A downstream HTTP service for the gateway's own tests: answers every request with what
 * it received (method, path, query, headers, body size), so tests can see exactly what
 * the gateway forwarded. A query containing {@code banners} adds server banners and loose
 * security headers to the answer, one containing {@code setCookies} adds the web login's
 * cookies, one containing {@code problem} gets a 404 problem naming the path asked for;
 * {@code /v3/api-docs} adds the paths of an OpenAPI document. The platform's real
 * services are exercised through the gateway by the local platform's smoke test.
 */
final class EchoService {

	private static final EchoService INSTANCE = new EchoService();

	private final HttpServer server;

	private final java.util.Set<String> failedOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Map<String, Integer> attempts = new java.util.concurrent.ConcurrentHashMap<>();

	private EchoService() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/", (exchange) -> {
			byte[] requestBody = exchange.getRequestBody().readAllBytes();
			String query = String.valueOf(exchange.getRequestURI().getQuery());
			if (query.startsWith("delayMs=")) {
				// A slow service, to have many requests in flight at once.
				sleep(Long.parseLong(query.substring("delayMs=".length())));
			}
			if (query.startsWith("failOnce=") && this.failedOnce.add(query)) {
				// A service that answers 502 to the first attempt of each such request.
				this.attempts.merge(query, 1, Integer::sum);
				exchange.sendResponseHeaders(502, -1);
				exchange.close();
				return;
			}
			this.attempts.merge(query, 1, Integer::sum);
			Map<String, String> headers = new TreeMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
			Map<String, Object> echo = new java.util.LinkedHashMap<>(
					Map.of("method", exchange.getRequestMethod(), "path", exchange.getRequestURI().getPath(), "query",
							String.valueOf(exchange.getRequestURI().getQuery()), "headers", headers, "bodyBytes",
							requestBody.length));
			if (exchange.getRequestURI().getPath().equals("/v3/api-docs")) {
				// The paths of a service's OpenAPI document, in its order: an API path
				// and operator endpoints.
				Map<String, Object> paths = new java.util.LinkedHashMap<>();
				paths.put("/api/v1/customers/me", Map.of());
				paths.put("/api/v1/admin/audit", Map.of());
				paths.put("/api/v1/admin/dead-letters/{id}/retry", Map.of());
				echo.put("paths", paths);
			}
			if (query.contains("problem")) {
				// A service's 404 problem, naming the path it was asked for.
				byte[] problem = JsonMapper.shared()
					.writeValueAsString(
							Map.of("status", 404, "title", "Not found", "instance", exchange.getRequestURI().getPath()))
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
				exchange.sendResponseHeaders(404, problem.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(problem);
				}
				return;
			}
			byte[] body = JsonMapper.shared().writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			if (query.contains("banners")) {
				// What a careless server tells about itself.
				exchange.getResponseHeaders().add("Server", "Apache/2.4.1 (Unix)");
				exchange.getResponseHeaders().add("X-Powered-By", "PHP/5.6.40");
				exchange.getResponseHeaders().add("X-AspNet-Version", "4.0.30319");
				exchange.getResponseHeaders().add("X-Frame-Options", "ALLOWALL");
				exchange.getResponseHeaders().add("Strict-Transport-Security", "max-age=60");
			}
			if (query.contains("setCookies")) {
				// What customer-service's web login will answer.
				exchange.getResponseHeaders()
					.add("Set-Cookie",
							"refresh_token=r1; Path=/api/v1/auth; Max-Age=1209600; HttpOnly; Secure; SameSite=Strict");
				exchange.getResponseHeaders().add("Set-Cookie", "XSRF-TOKEN=x1; Path=/; Secure; SameSite=Strict");
			}
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** How many times a request with this query reached the service. */
	static int attempts(String query) {
		return INSTANCE.attempts.getOrDefault(query, 0);
	}

	static String url() {
		return "http://127.0.0.1:" + INSTANCE.server.getAddress().getPort();
	}

}
