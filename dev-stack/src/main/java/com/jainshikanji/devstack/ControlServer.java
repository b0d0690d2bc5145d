package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The running launcher's control interface, on the loopback interface only, for fault
 * drills and system tests: list the platform's processes, and stop, kill or start a
 * service or Kafka, pause or resume PostgreSQL. Every action answers once it has taken
 * effect (a started service is ready).
 *
 * <pre>
 * GET  /processes                         [{"name":"order-service","pid":4242,"state":"running"}, ...]
 * POST /processes/{name}/{action}         action: stop, kill, start, pause, resume
 * POST /processes/{name}/start?NAME=VALUE  a stopped service, with environment variables changed for this run
 * </pre>
 *
 * Answers 404 for an unknown process or path, 409 when the process cannot do that (or
 * could not), 405 for another method.
 */
final class ControlServer implements AutoCloseable {

	static final int PORT = 8099;

	private final HttpServer server;

	private final Supplier<List<? extends PlatformProcess>> processes;

	private ControlServer(HttpServer server, Supplier<List<? extends PlatformProcess>> processes) {
		this.server = server;
		this.processes = processes;
	}

	/**
	 * Listens on 127.0.0.1 only: whoever can reach it can kill the platform.
	 * @param port the port, {@code 0} for any free one
	 */
	static ControlServer start(int port, Supplier<List<? extends PlatformProcess>> processes) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		ControlServer control = new ControlServer(server, processes);
		server.createContext("/processes", control::handle);
		// Actions wait for processes (a start takes seconds): one at a time would block
		// a listing behind them.
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
		return control;
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String[] path = exchange.getRequestURI().getPath().replaceAll("/+$", "").split("/");
			// "", "processes"[, name, action]
			if (path.length == 2) {
				if (!exchange.getRequestMethod().equals("GET")) {
					respond(exchange, 405, error("use GET"));
					return;
				}
				respond(exchange, 200,
						this.processes.get()
							.stream()
							.map(ControlServer::json)
							.collect(Collectors.joining(",", "[", "]")));
				return;
			}
			if (path.length != 4) {
				respond(exchange, 404, error("no such path; GET /processes or POST /processes/{name}/{action}"));
				return;
			}
			if (!exchange.getRequestMethod().equals("POST")) {
				respond(exchange, 405, error("use POST"));
				return;
			}
			Optional<? extends PlatformProcess> process = this.processes.get()
				.stream()
				.filter((candidate) -> candidate.name().equals(path[2]))
				.findFirst();
			if (process.isEmpty()) {
				respond(exchange, 404, error("no process named " + path[2]));
				return;
			}
			act(exchange, process.get(), path[3], query(exchange.getRequestURI().getRawQuery()));
		}
	}

	private static void act(HttpExchange exchange, PlatformProcess process, String action,
			Map<String, String> overrides) throws IOException {
		if (!overrides.isEmpty() && !action.equals("start")) {
			respond(exchange, 400, error("only start takes environment variables"));
			return;
		}
		Runnable step = switch (action) {
			case "stop" -> process::stop;
			case "kill" -> process::kill;
			case "start" -> () -> process.start(overrides);
			case "pause" -> process::pause;
			case "resume" -> process::resume;
			default -> null;
		};
		if (step == null) {
			respond(exchange, 404, error("no action " + action + "; use stop, kill, start, pause or resume"));
			return;
		}
		long started = System.nanoTime();
		try {
			step.run();
		}
		catch (UnsupportedOperationException | IllegalStateException ex) {
			respond(exchange, 409, error(ex.getMessage()));
			return;
		}
		DevStack.say("  ⚙ control: %s %s (%d ms)", action, process.name(), (System.nanoTime() - started) / 1_000_000);
		respond(exchange, 200, json(process));
	}

	private static Map<String, String> query(String query) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (query == null || query.isEmpty()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.put(name, value);
		}
		return parameters;
	}

	static String json(PlatformProcess process) {
		return "{\"name\":\"%s\",\"pid\":%d,\"state\":\"%s\"}".formatted(process.name(), process.pid(),
				process.state().name().toLowerCase(Locale.ROOT));
	}

	private static String error(String message) {
		return "{\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
