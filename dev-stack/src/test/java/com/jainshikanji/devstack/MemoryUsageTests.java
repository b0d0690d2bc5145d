package com.jainshikanji.devstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL's postmaster daemonizes: its parent is init, not the launcher, so the
 * launcher's descendants alone left all of PostgreSQL out of "memory of all processes".
 */
@EnabledOnOs(OS.LINUX)
class MemoryUsageTests {

	@TempDir
	Path directory;

	@Test
	void aDaemonizedProcessIsCountedWhenNamedAsAnotherRoot() throws Exception {
		Path pidFile = this.directory.resolve("pid");
		// Like pg_ctl: the shell starts the process in the background and exits, so it
		// is reparented and no longer a descendant of this JVM.
		Process shell = new ProcessBuilder("sh", "-c", "sleep 60 >/dev/null 2>&1 & echo $! > " + pidFile).start();
		assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
		long daemon = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
		ProcessHandle handle = ProcessHandle.of(daemon).orElseThrow();
		try {
			assertThat(ProcessHandle.current().descendants().map(ProcessHandle::pid)).doesNotContain(daemon);

			// The shell has exited: alone, it counts for nothing.
			ProcessHandle launcher = shell.toHandle();
			assertThat(MemoryUsage.totalProportionalSetSize(launcher)).isZero();
			assertThat(MemoryUsage.totalProportionalSetSize(launcher, daemon)).isPositive();
		}
		finally {
			handle.destroyForcibly();
		}
	}

}
