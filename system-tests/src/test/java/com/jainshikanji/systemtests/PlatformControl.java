package com.jainshikanji.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/**
 * The running launcher's control interface (127.0.0.1:8099, see dev-stack's
 * ControlServer), through which the fault scenarios stop, kill, start, pause and resume
 * the platform's processes. Each call returns once the launcher has done it (a started
 * service is ready).
 */
final class PlatformControl {

	private static final String URL = "http://127.0.0.1:8099/processes";

	private static final HttpClient http = HttpClient.newHttpClient();

	private PlatformControl() {
	}

	/** What the launcher reports of a process: name, pid and state. */
	static JsonNode process(String name) {
		for (JsonNode process : Json.parse(send("GET", URL))) {
			if (process.path("name").asString().equals(name)) {
				return process;
			}
		}
		throw new AssertionError("The launcher runs no process named " + name);
	}

	static void stop(String name) {
		act(name, "stop", Map.of());
	}

	static void kill(String name) {
		act(name, "kill", Map.of());
	}

	static void start(String name) {
		act(name, "start", Map.of());
	}

	/** Starts a stopped service with some environment variables changed for this run. */
	static void start(String name, Map<String, String> environment) {
		act(name, "start", environment);
	}

	/**
	 * Starts stopped services all at once, each with its environment changed as given
	 * (empty: as before); returns once every one is ready.
	 */
	static void startTogether(Map<String, Map<String, String>> environments) {
		try (ExecutorService starts = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> ready = environments.entrySet()
				.stream()
				.<Future<?>>map((service) -> starts.submit(() -> start(service.getKey(), service.getValue())))
				.toList();
			for (Future<?> service : ready) {
				service.get();
			}
		}
		catch (ExecutionException ex) {
			// A refused start is an AssertionError (see send): rethrown as it was.
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void pause(String name) {
		act(name, "pause", Map.of());
	}

	static void resume(String name) {
		act(name, "resume", Map.of());
	}

	private static void act(String name, String action, Map<String, String> environment) {
		String query = environment.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		send("POST", URL + "/" + name + "/" + action + (query.isEmpty() ? "" : "?" + query));
	}

	private static String send(String method, String url) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.timeout(Duration.ofMinutes(5))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError(
						method + " " + url + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + url + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
