package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local platform's Kafka broker as a JVM of its own ({@link KafkaNode}, from the
 * launcher's own class path), so that killing it is as real as a crashed broker: its
 * sockets close, its log is recovered on the next start. Its data stays in the data
 * directory across restarts; its output goes to {@code logs/kafka.log}.
 */
final class KafkaProcess implements PlatformProcess {

	static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final String PROPERTIES_LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private final List<String> command;

	private final Path log;

	private final int port;

	private volatile Process process;

	private volatile long logOffset;

	private volatile boolean held;

	private KafkaProcess(List<String> command, Path log, int port) {
		this.command = command;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the broker without waiting for it; {@link #awaitReady()} waits, so the
	 * launcher can start the other servers meanwhile.
	 */
	static KafkaProcess launch(Path dataDirectory, int port) throws IOException {
		Path directory = Files.createDirectories(dataDirectory.resolve("kafka"));
		Path log = Files.createDirectories(dataDirectory.resolve("logs")).resolve("kafka.log");
		KafkaProcess kafka = new KafkaProcess(command(directory, port), log, port);
		kafka.begin();
		return kafka;
	}

	/**
	 * The broker's command line: the launcher's Java and class path. From the launcher's
	 * executable jar, Spring Boot's properties launcher opens the nested jars and runs
	 * {@link KafkaNode} instead of the jar's main class. Memory flags as the services' (a
	 * small young generation, the C heap given back), for the same reasons.
	 */
	static List<String> command(Path directory, int port) {
		List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-Xms32m", "-Xmx256m", "-Xmn8m",
				"-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
				"-Xss512k", "-XX:TrimNativeHeapInterval=5000", "--sun-misc-unsafe-memory-access=allow",
				"-Dlogback.configurationFile=devstack-logback.xml"));
		String classPath = System.getProperty("java.class.path");
		if (KafkaNode.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
			command
				.addAll(List.of("-Dloader.main=" + KafkaNode.class.getName(), "-cp", classPath, PROPERTIES_LAUNCHER));
		}
		else {
			command.addAll(List.of("-cp", classPath, KafkaNode.class.getName()));
		}
		command.add(directory.toAbsolutePath().toString());
		command.add(String.valueOf(port));
		return command;
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	Path log() {
		return this.log;
	}

	@Override
	public String name() {
		return "kafka";
	}

	@Override
	public long pid() {
		Process current = this.process;
		return (current != null && current.isAlive()) ? current.pid() : -1;
	}

	@Override
	public State state() {
		Process current = this.process;
		if (current != null && current.isAlive()) {
			return State.RUNNING;
		}
		return this.held ? State.STOPPED : State.EXITED;
	}

	@Override
	public synchronized void start() {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		begin();
		awaitReady();
	}

	@Override
	public synchronized void stop() {
		this.held = true;
		if (this.process != null) {
			this.process.destroy();
			awaitExit(STOP_TIMEOUT);
		}
	}

	@Override
	public synchronized void kill() {
		this.held = true;
		if (this.process != null) {
			this.process.destroyForcibly();
			awaitExit(Duration.ofSeconds(10));
		}
	}

	private synchronized void begin() {
		try {
			this.logOffset = Files.exists(this.log) ? Files.size(this.log) : 0;
			this.process = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
			this.held = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Kafka", ex);
		}
	}

	/** Waits until the broker said it answers clients. */
	synchronized void awaitReady() {
		long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
		while (!outputSinceStart().contains(KafkaNode.READY)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Kafka exited during startup; see " + this.log);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(
						"Kafka not ready after " + READY_TIMEOUT.toSeconds() + " s; see " + this.log);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while Kafka started", ex);
			}
		}
	}

	private String outputSinceStart() {
		try (RandomAccessFile file = new RandomAccessFile(this.log.toFile(), "r")) {
			long length = file.length();
			if (length <= this.logOffset) {
				return "";
			}
			byte[] bytes = new byte[(int) Math.min(length - this.logOffset, 1 << 20)];
			file.seek(this.logOffset);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private void awaitExit(Duration timeout) {
		try {
			if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
