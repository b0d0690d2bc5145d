package com.jainshikanji.customer.config;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes and checks passwords on platform threads of its own, one per core, never on the
 * request's virtual thread.
 *
 * <p>
 * bcrypt is slow on purpose (cost 10: about 90 ms of CPU per check here) and never
 * yields. Requests run on virtual threads, which share one carrier thread per core: a
 * burst of logins hashing on them holds every carrier, and a login that holds a pooled
 * connection and the throttle's advisory lock then waits behind the queued hashes for a
 * carrier each time the database answers it. Measured with 60 parallel guesses from one
 * address on 2 busy cores: 37 of them waited more than the pool's 3 s for a connection
 * and got 503s where 429s were due. Here the hashes queue for these threads, the carriers
 * stay free to finish whatever holds connections and locks, and the same 60 guesses get
 * 20 answers and 40 refusals. How many hashes run at once is bounded by the threads too.
 */
final class DedicatedThreadsPasswordEncoder implements PasswordEncoder, AutoCloseable {

	private final PasswordEncoder delegate;

	private final ExecutorService threads;

	DedicatedThreadsPasswordEncoder(PasswordEncoder delegate, int threads) {
		this.delegate = delegate;
		this.threads = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("password-hashing-", 1).daemon().factory());
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return run(() -> this.delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return run(() -> this.delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		// Reads the hash's cost; nothing to hash.
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private <T> T run(Callable<T> hashing) {
		try {
			return this.threads.submit(hashing).get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a password hash", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("Password hashing failed", ex.getCause());
		}
	}

	@Override
	public void close() {
		this.threads.shutdownNow();
	}

}
