package com.jainshikanji.devstack;

/**
 * A process of the running platform that the control interface ({@link ControlServer})
 * can list and act on. Each action returns once it has taken effect (a started process is
 * ready, a stopped one has exited); an action a process does not support throws
 * {@link UnsupportedOperationException}.
 */
interface PlatformProcess {

	String name();

	/** The operating system's process id, or {@code -1} when it is not running. */
	long pid();

	State state();

	/** Starts the process again after a stop or a kill, as it was started first. */
	default void start() {
		throw new UnsupportedOperationException(name() + " cannot be started from here");
	}

	/**
	 * Starts the process again with some environment variables changed for this run only
	 * (a drill shortening a timer); the next plain {@link #start()} is as the first.
	 */
	default void start(java.util.Map<String, String> overrides) {
		if (!overrides.isEmpty()) {
			throw new UnsupportedOperationException(name() + " takes no environment from here");
		}
		start();
	}

	/** Asks the process to end (SIGTERM) and waits for it. */
	default void stop() {
		throw new UnsupportedOperationException(name() + " cannot be stopped from here");
	}

	/** Ends the process at once (SIGKILL), as a crash would. */
	default void kill() {
		throw new UnsupportedOperationException(name() + " cannot be killed from here");
	}

	/** Freezes the process (SIGSTOP): it holds its connections and answers nothing. */
	default void pause() {
		throw new UnsupportedOperationException(name() + " cannot be paused from here");
	}

	/** Lets a paused process run again (SIGCONT). */
	default void resume() {
		throw new UnsupportedOperationException(name() + " cannot be resumed from here");
	}

	/** What a process is doing, as the control interface reports it. */
	enum State {

		/** Alive (and, once the launcher said READY, ready). */
		RUNNING,

		/** Frozen by {@link #pause()}. */
		PAUSED,

		/** Ended by {@link #stop()} or {@link #kill()}: waits to be started again. */
		STOPPED,

		/** Ended by itself, unexpectedly. */
		EXITED

	}

}
