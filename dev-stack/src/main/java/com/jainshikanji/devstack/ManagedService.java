package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service of the running platform with what it was first started with (its extracted
 * application, environment and JVM flags), so that the control interface can stop, kill
 * and start it again exactly as it was.
 */
final class ManagedService implements PlatformProcess {

	private final ServiceSpec spec;

	private final ExtractedApplication application;

	private final Map<String, String> environment;

	private final Path dataDirectory;

	private final List<String> jvmOptions;

	private final AotCache aotCache;

	private volatile ServiceProcess process;

	private volatile boolean held;

	private volatile boolean reported;

	private ManagedService(ServiceSpec spec, ExtractedApplication application, Map<String, String> environment,
			Path dataDirectory, List<String> jvmOptions, AotCache aotCache) {
		this.spec = spec;
		this.application = application;
		this.environment = Map.copyOf(environment);
		this.dataDirectory = dataDirectory;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.aotCache = aotCache;
	}

	static ManagedService launch(ServiceSpec spec, ExtractedApplication application, Map<String, String> environment,
			Path dataDirectory, List<String> jvmOptions, AotCache aotCache) {
		ManagedService service = new ManagedService(spec, application, environment, dataDirectory, jvmOptions,
				aotCache);
		service.begin(service.environment);
		return service;
	}

	ServiceSpec spec() {
		return this.spec;
	}

	ServiceProcess process() {
		return this.process;
	}

	Map<String, String> environment() {
		return this.environment;
	}

	/**
	 * Whether the service ended without being told to, and nobody was told yet: true once
	 * per unexpected exit.
	 */
	boolean exitedUnexpectedly() {
		if (this.held || this.reported || this.process.isAlive()) {
			return false;
		}
		this.reported = true;
		return true;
	}

	@Override
	public String name() {
		return this.spec.instanceName();
	}

	@Override
	public long pid() {
		ServiceProcess current = this.process;
		return current.isAlive() ? current.pid() : -1;
	}

	@Override
	public State state() {
		if (this.process.isAlive()) {
			return State.RUNNING;
		}
		return this.held ? State.STOPPED : State.EXITED;
	}

	/** Starts the service again, unless it runs, and waits until it is ready. */
	@Override
	public synchronized void start() {
		start(Map.of());
	}

	@Override
	public synchronized void start(Map<String, String> overrides) {
		if (!this.process.isAlive()) {
			Map<String, String> environment = new HashMap<>(this.environment);
			environment.putAll(overrides);
			begin(environment);
		}
		else if (!overrides.isEmpty()) {
			throw new IllegalStateException(name() + " runs; stop it before starting it with other settings");
		}
		awaitReady(DevStack.READY_TIMEOUT);
	}

	@Override
	public synchronized void stop() {
		this.held = true;
		this.process.requestStop();
		this.process.awaitStop(DevStack.STOP_TIMEOUT);
	}

	@Override
	public synchronized void kill() {
		this.held = true;
		this.process.kill();
	}

	private void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.process.isReady()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(name() + " exited during startup; see " + this.process.log());
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(name() + " not ready after " + timeout.toSeconds() + " s");
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while " + name() + " started", ex);
			}
		}
	}

	private void begin(Map<String, String> environment) {
		try {
			this.process = ServiceProcess.start(this.spec, this.application, environment, this.dataDirectory,
					this.jvmOptions, this.aotCache);
			this.held = false;
			this.reported = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name(), ex);
		}
	}

}
