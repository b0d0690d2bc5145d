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
	 * Starts the service with modest heap flags, from its extracted jar, with its
	 * ahead-of-time cache if one has been recorded (see {@link AotTraining}): class
	 * loading and linking are then mostly done before the JVM starts.
	 */
	static ServiceProcess start(ServiceSpec spec, ExtractedApplication application, Map<String, String> environment,
			Path dataDirectory, List<String> jvmOptions, AotCache aotCache) throws IOException {
		Path logs = Files.createDirectories(dataDirectory.resolve("logs"));
		Path log = logs.resolve(spec.name() + ".log");
		ProcessBuilder builder = new ProcessBuilder(command(application, jvmOptions, aotCache))
			.directory(application.directory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new ServiceProcess(spec, builder.start(), log);
	}

	/** The service's command line: the cache is only used if it has been recorded. */
	static List<String> command(ExtractedApplication application, List<String> jvmOptions, AotCache aotCache) {
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		if (aotCache != null && aotCache.exists()) {
			command.add("-XX:AOTCache=" + aotCache.file());
			// Which classes could not be cached, class by class, is noise in the
			// service's log.
			command.add("-Xlog:aot=off");
			command.add("-Xlog:cds=off");
		}
		// Last, so that they can override anything above.
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(application.jar().toString());
		return command;
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
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(this.spec.url() + "/readyz"))
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

	/**
	 * Ends the service at once (SIGKILL), as a crash would, and waits until it is gone.
	 */
	void kill() {
		try {
			this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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

	/** The Java runtime the launcher runs on, which every service runs on too. */
	static String javaExecutable() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
