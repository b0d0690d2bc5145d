package com.jainshikanji.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records the missing ahead-of-time caches in the background while the platform runs, one
 * service at a time, at low priority, so that neither the start nor the stop waits for
 * them.
 * <p>
 * Recording a cache while the service itself runs would have to be written when it exits,
 * which made every stop after a build take 30 to 120 seconds. Instead each service is
 * started a second time as a training run, next to the running one: Spring's
 * {@code spring.context.exit=onRefresh} stops it once its application context is built,
 * before its web server, listeners and schedulers start, so it serves nothing and
 * consumes nothing. Measured on the development machine, a cache from such a run makes
 * the service start as fast as one recorded over a full run. The JVM then assembles the
 * cache in a separate step, and only a complete cache is moved into place. Stopping kills
 * whatever training is under way; its intermediate files are deleted and the next run
 * records it again.
 */
final class AotTraining {

	/** Far more than a training step takes; a step that hangs is given up. */
	static final Duration STEP_TIMEOUT = Duration.ofMinutes(5);

	/**
	 * A cache to record.
	 *
	 * @param application the service's extracted application
	 * @param cache where its cache goes
	 * @param environment the environment the service runs with
	 * @param jvmOptions the JVM options the service runs with (the cache is only valid
	 * with the same ones)
	 */
	record Job(ExtractedApplication application, AotCache cache, Map<String, String> environment,
			List<String> jvmOptions) {
	}

	private final List<Job> jobs;

	private final Path logs;

	private final Object lock = new Object();

	private boolean stopped;

	private Process current;

	private final Thread thread;

	private AotTraining(List<Job> jobs, Path logs) {
		this.jobs = List.copyOf(jobs);
		this.logs = logs;
		this.thread = Thread.ofPlatform().daemon().name("aot-training").unstarted(this::recordAll);
	}

	static AotTraining start(List<Job> jobs, Path logs) {
		AotTraining training = new AotTraining(jobs, logs);
		training.thread.start();
		return training;
	}

	/** Waits until every job was tried (or training was stopped); false on timeout. */
	boolean awaitCompletion(Duration timeout) throws InterruptedException {
		this.thread.join(timeout);
		return !this.thread.isAlive();
	}

	private void recordAll() {
		int recorded = 0;
		for (Job job : this.jobs) {
			try {
				long started = System.nanoTime();
				if (record(job)) {
					recorded++;
					DevStack.say("  ✔ ahead-of-time cache of %-22s recorded in the background (%.0f s)",
							job.application().name(), (System.nanoTime() - started) / 1e9);
				}
			}
			catch (IOException | RuntimeException ex) {
				DevStack.say("  ! ahead-of-time cache of %s not recorded: %s (see %s)", job.application().name(), ex,
						log(job));
			}
			catch (InterruptedException ex) {
				return;
			}
			finally {
				deleteScratch(job);
			}
			if (isStopped()) {
				return;
			}
		}
		if (recorded > 0) {
			DevStack.say("Ahead-of-time caches recorded; the next start uses them.");
		}
	}

	private boolean record(Job job) throws IOException, InterruptedException {
		Path configuration = job.cache().scratch(".training.conf");
		Path created = job.cache().scratch(".training.tmp");
		String jar = job.application().jar().toString();
		Files.deleteIfExists(log(job));
		Map<String, String> environment = new HashMap<>(job.environment());
		// Not needed (the web server never starts), but never the running service's port.
		environment.put("PORT", "0");
		environment.put("MANAGEMENT_PORT", "0");
		List<String> training = List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration,
				"-Dspring.context.exit=onRefresh", "-jar", jar);
		if (!run(job, training, environment) || !Files.isRegularFile(configuration)) {
			return false;
		}
		List<String> assembly = List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
				"-XX:AOTCache=" + created, "-cp", jar);
		if (!run(job, assembly, environment) || !Files.isRegularFile(created) || Files.size(created) == 0) {
			return false;
		}
		job.cache().install(created);
		return true;
	}

	/**
	 * Runs one step with the service's own JVM options (the cache is only valid with the
	 * same ones); true if it succeeded.
	 */
	private boolean run(Job job, List<String> step, Map<String, String> environment)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(lowPriority());
		command.add(ServiceProcess.javaExecutable());
		command.addAll(job.jvmOptions());
		command.addAll(step);
		ProcessBuilder builder = new ProcessBuilder(command).directory(job.application().directory().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log(job).toFile()));
		builder.environment().putAll(environment);
		Process process;
		synchronized (this.lock) {
			if (this.stopped) {
				return false;
			}
			process = builder.start();
			this.current = process;
		}
		boolean ended = process.waitFor(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		if (!ended) {
			kill(process);
			throw new IllegalStateException("training step took longer than " + STEP_TIMEOUT.toMinutes() + " min");
		}
		if (process.exitValue() != 0 && !isStopped()) {
			throw new IllegalStateException("training step exited with " + process.exitValue());
		}
		return process.exitValue() == 0 && !isStopped();
	}

	/**
	 * Stops the training under way, if any, at once (there is nothing to save), and
	 * deletes its intermediate files.
	 */
	void stop() {
		Process process;
		synchronized (this.lock) {
			this.stopped = true;
			process = this.current;
		}
		if (process != null) {
			kill(process);
		}
		this.thread.interrupt();
		try {
			this.thread.join(Duration.ofSeconds(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.jobs.forEach(this::deleteScratch);
	}

	private boolean isStopped() {
		synchronized (this.lock) {
			return this.stopped;
		}
	}

	private static void kill(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void deleteScratch(Job job) {
		for (String suffix : List.of(".training.conf", ".training.tmp")) {
			try {
				Files.deleteIfExists(job.cache().scratch(suffix));
			}
			catch (IOException ex) {
				// Deleted with the service's other stale files on the next run.
			}
		}
	}

	private Path log(Job job) {
		return this.logs.resolve(job.application().name() + "-aot-training.log");
	}

	/**
	 * {@code nice}, where there is one: the platform's own processes come first, the
	 * training only uses what they leave.
	 */
	private static List<String> lowPriority() {
		String path = System.getenv("PATH");
		if (path != null) {
			for (String directory : path.split(File.pathSeparator)) {
				if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "nice"))) {
					return List.of(Path.of(directory, "nice").toString(), "-n", "10");
				}
			}
		}
		return List.of();
	}

}
