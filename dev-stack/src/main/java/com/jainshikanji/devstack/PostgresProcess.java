package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The local platform's PostgreSQL server as the control interface sees it: it can be
 * frozen and thawed, the way a database host that stops answering (a stalled disk, a long
 * GC-like pause, a network partition that drops nothing) looks to the services. Pausing
 * stops the postmaster first, so that it forks no new backend, then every backend and
 * helper it started: connections stay open and answer nothing.
 */
final class PostgresProcess implements PlatformProcess {

	private final Path dataDirectory;

	private volatile boolean paused;

	PostgresProcess(Path dataDirectory) {
		this.dataDirectory = dataDirectory;
	}

	@Override
	public String name() {
		return "postgres";
	}

	@Override
	public long pid() {
		return postmaster().map(ProcessHandle::pid).orElse(-1L);
	}

	@Override
	public State state() {
		if (postmaster().isEmpty()) {
			return State.EXITED;
		}
		return this.paused ? State.PAUSED : State.RUNNING;
	}

	@Override
	public synchronized void pause() {
		ProcessHandle postmaster = running();
		signal("STOP", List.of(postmaster), true);
		// A backend may end meanwhile; the others are stopped all the same.
		signal("STOP", postmaster.descendants().toList(), false);
		this.paused = true;
	}

	@Override
	public synchronized void resume() {
		ProcessHandle postmaster = running();
		signal("CONT", postmaster.descendants().toList(), false);
		signal("CONT", List.of(postmaster), true);
		this.paused = false;
	}

	private ProcessHandle running() {
		return postmaster().orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
	}

	/** The postmaster, from the pid file PostgreSQL keeps in its data directory. */
	private Optional<ProcessHandle> postmaster() {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Java can only terminate processes; {@code kill} sends the other signals. */
	static void signal(String signal, List<ProcessHandle> processes, boolean strict) {
		if (processes.isEmpty()) {
			return;
		}
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((process) -> command.add(String.valueOf(process.pid())));
		try {
			Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!kill.waitFor(10, TimeUnit.SECONDS) || (strict && kill.exitValue() != 0)) {
				throw new IllegalStateException("Could not send SIG" + signal + ": "
						+ new String(kill.getInputStream().readAllBytes()).strip());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not send SIG" + signal, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending SIG" + signal, ex);
		}
	}

}
