package com.jainshikanji.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM, with its output in a log file. */
final class ServiceProcess {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final ServiceSpec spec;

	private final Process process;

	private final Path log;

	private ServiceProcess(ServiceSpec spec, Process process, Path log) {
		this.spec = spec;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the service's jar with modest heap flags. A dynamic CDS archive per service,
	 * written on the first run, makes later starts faster.
	 */
	static ServiceProcess start(ServiceSpec spec, Path jar, Map<String, String> environment, Path dataDirectory,
			List<String> jvmOptions) throws IOException {
		Path logs = Files.createDirectories(dataDirectory.resolve("logs"));
		Path cds = Files.createDirectories(dataDirectory.resolve("cds"));
		Path log = logs.resolve(spec.name() + ".log");
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		command.add("-XX:+AutoCreateSharedArchive");
		command.add("-XX:SharedArchiveFile=" + cds.resolve(spec.name() + ".jsa"));
		// The archive is written at exit; its class-by-class notes are noise in the
		// service's log.
		command.add("-Xlog:cds=off");
		command.add("-Xlog:cds+dynamic=off");
		// Last, so that they can override anything above.
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new ServiceProcess(spec, builder.start(), log);
	}

	ServiceSpec spec() {
		return this.spec;
	}

	long pid() {
		return this.process.pid();
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Whether the service reports itself ready to take traffic. */
	boolean isReady() {
		try {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create(this.spec.url() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && response.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Asks the service to shut down gracefully (SIGTERM). */
	void requestStop() {
		this.process.destroy();
	}

	/** Waits for the service to end, killing it if it takes longer than the timeout. */
	void awaitStop(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/** The last lines of the service's log, to show why it failed. */
	List<String> tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log);
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException ex) {
			return List.of("(log unreadable: " + ex.getMessage() + ")");
		}
	}

	private static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
