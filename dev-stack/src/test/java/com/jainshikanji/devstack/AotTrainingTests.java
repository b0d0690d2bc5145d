package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The background training with real JVMs: its cache must be one the service's own JVM
 * accepts, and stopping must not wait for it nor leave anything behind.
 */
class AotTrainingTests {

	@TempDir
	Path data;

	private ExtractedApplication application;

	@BeforeEach
	void extractApplication() throws IOException {
		Path directory = Files.createDirectories(this.data.resolve("apps").resolve("subject"));
		Path jar = ExecutableJar.write(directory.resolve("subject.jar"), TrainingSubject.class);
		this.application = new ExtractedApplication("subject", directory, jar, "v1");
	}

	@Test
	void theServiceStartsWithTheCacheRecordedInTheBackground() throws Exception {
		AotCache cache = AotCache.of(this.application, this.data, DevStack.SERVICE_JVM_OPTIONS);
		AotTraining training = AotTraining.start(
				List.of(new AotTraining.Job(this.application, cache, Map.of(), DevStack.SERVICE_JVM_OPTIONS)),
				this.data);

		assertThat(training.awaitCompletion(Duration.ofMinutes(3))).isTrue();
		assertThat(cache.exists()).as("cache recorded; training log:%n%s", trainingLog()).isTrue();

		// AOTMode=on: the JVM refuses to start unless it can use the cache.
		List<String> command = new ArrayList<>(
				ServiceProcess.command(this.application, DevStack.SERVICE_JVM_OPTIONS, cache));
		command.add(command.indexOf("-jar"), "-XX:AOTMode=on");
		Process service = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(service.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(service.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(service.exitValue()).as(output).isZero();
		assertThat(output).contains("trained=true");
	}

	@Test
	void stoppingIsImmediateAndLeavesNoProcessAndNoPartialCache() throws Exception {
		AotCache cache = AotCache.of(this.application, this.data, DevStack.SERVICE_JVM_OPTIONS);
		AotTraining training = AotTraining.start(List.of(new AotTraining.Job(this.application, cache,
				Map.of("TRAINING_SUBJECT", "hangs"), DevStack.SERVICE_JVM_OPTIONS)), this.data);
		ProcessHandle trainingRun = awaitTrainingRun();

		long stopping = System.nanoTime();
		training.stop();

		assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
		assertThat(trainingRun.isAlive()).isFalse();
		assertThat(training.awaitCompletion(Duration.ofSeconds(1))).isTrue();
		try (Stream<Path> files = Files.list(cache.file().getParent())) {
			assertThat(files).as("cache and intermediate files").isEmpty();
		}
	}

	private ProcessHandle awaitTrainingRun() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<ProcessHandle> run = ProcessHandle.current()
				.descendants()
				.filter((process) -> process.info().commandLine().orElse("").contains("-XX:AOTMode=record"))
				.findFirst();
			if (run.isPresent()) {
				// Until it has started, there is no configuration being written yet.
				Thread.sleep(500);
				return run.get();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no training run started");
	}

	private String trainingLog() throws IOException {
		Path log = this.data.resolve("subject-aot-training.log");
		return Files.exists(log) ? Files.readString(log) : "(none)";
	}

}
