package com.jainshikanji.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the platform as Ctrl-C does. Runs last: it stops the platform the other
 * classes share.
 */
@LocalPlatformTest
@Order(Integer.MAX_VALUE)
class LocalPlatformShutdownIT {

	@Test
	void sigtermStopsEveryProcessTheLauncherStartedWithinSeconds(LocalPlatform platform) throws Exception {
		Process launcher = platform.launcher();
		assertThat(platform.startedAtReady()).as("services and servers started by the launcher").isNotEmpty();
		// A first run records the services' ahead-of-time caches in the background after
		// READY, one service at a time; stopping must neither wait for that nor leave any
		// of it behind. After a long run of tests the recording may be over: then there
		// is none to include.
		List<ProcessHandle> training = launcher.descendants()
			.filter((process) -> process.info().commandLine().orElse("").contains("-XX:AOTMode="))
			.toList();
		List<ProcessHandle> all = new ArrayList<>(platform.startedAtReady());
		all.addAll(launcher.descendants().toList());
		long stopping = System.nanoTime();
		launcher.destroy();
		assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).as("launcher stopped").isTrue();
		assertThat(Duration.ofNanos(System.nanoTime() - stopping)).as("time to stop")
			.isLessThan(Duration.ofSeconds(30));
		System.out.printf("[system-tests] stopped in %.1f s, %d training run(s) under way%n",
				(System.nanoTime() - stopping) / 1e9, training.size());
		List<ProcessHandle> survivors = new ArrayList<>();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		do {
			survivors.clear();
			all.stream().filter(ProcessHandle::isAlive).forEach(survivors::add);
			Thread.sleep(200);
		}
		while (!survivors.isEmpty() && System.nanoTime() < deadline);
		assertThat(survivors).as("orphans").isEmpty();
		assertThat(platform.output()).contains("Stopped.");
	}

}
