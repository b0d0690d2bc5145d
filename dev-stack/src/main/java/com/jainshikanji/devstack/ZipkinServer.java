package com.jainshikanji.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The trace viewer of {@code ./run-local --zipkin}: the Zipkin server jar (spans kept in
 * memory) as one more process on port 9411, and the services told to send it every span.
 * Off by default: without the flag no span leaves a service and nothing runs here.
 */
final class ZipkinServer {

	static final int PORT = 9411;

	/** Where {@code ./run-local --zipkin} puts the jar (Maven Central's exec jar). */
	static final String JAR = "target/zipkin/zipkin-server-3.4.0-exec.jar";

	private final Process process;

	private ZipkinServer(Process process) {
		this.process = process;
	}

	static ZipkinServer start(Path projectRoot, Path logs) throws IOException {
		Path jar = projectRoot.resolve(JAR);
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No Zipkin server at " + jar
					+ ": ./run-local --zipkin downloads it (io.zipkin:zipkin-server:3.4.0)");
		}
		Files.createDirectories(logs);
		ProcessBuilder builder = new ProcessBuilder(ServiceProcess.javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-jar", jar.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("zipkin.log").toFile()));
		builder.environment().putAll(Map.of("QUERY_PORT", String.valueOf(PORT), "STORAGE_TYPE", "mem"));
		return new ZipkinServer(builder.start());
	}

	/** What every service needs to send all its spans here. */
	static Map<String, String> serviceEnvironment() {
		return Map.of("ZIPKIN_ENABLED", "true", "ZIPKIN_ENDPOINT", url() + "/api/v2/spans",
				"TRACING_SAMPLING_PROBABILITY", "1.0");
	}

	static String url() {
		return "http://127.0.0.1:" + PORT;
	}

	/** Waits (a little) for the viewer to answer; the services retry sending anyway. */
	boolean awaitReady(Duration timeout) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && this.process.isAlive()) {
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/health")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return true;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(250);
		}
		return false;
	}

	long pid() {
		return this.process.pid();
	}

	void stop() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	static List<String> describe() {
		return List.of("  Traces (Zipkin)     " + url().replace("127.0.0.1", "localhost") + "/zipkin/");
	}

}
