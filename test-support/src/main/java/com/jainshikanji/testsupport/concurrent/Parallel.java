package com.jainshikanji.testsupport.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * Runs tasks truly at once, so they race as requests from many devices would.
 * <p>
 * A race a test means to provoke quietly never happens when the tasks do not overlap:
 * with a pool smaller than the task count, or with tasks that start work as soon as they
 * are submitted, the first can be done before the last begins and the test passes without
 * having raced anything. Here each task has a platform thread of its own, and none starts
 * its work until every thread has reached the same latch.
 */
public final class Parallel {

	/**
	 * Generous, because tests run on loaded machines; a race that takes longer is stuck,
	 * not slow.
	 */
	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private Parallel() {
	}

	/**
	 * Runs {@code task} {@code count} times at once, waiting up to two minutes for all of
	 * them.
	 * @return each task's result, in the order of the index it was given
	 */
	public static <T> List<T> run(int count, IntFunction<T> task) {
		return run(count, task, DEFAULT_TIMEOUT);
	}

	/**
	 * Runs {@code task} {@code count} times at once, each given its index from {@code 0},
	 * and fails unless all of them return within {@code timeout} of their release.
	 * @return each task's result, in the order of the index it was given
	 * @throws AssertionError naming every task that threw (the first one's exception as
	 * the cause, the others' suppressed) or did not finish in time
	 */
	public static <T> List<T> run(int count, IntFunction<T> task, Duration timeout) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be at least 1, was " + count);
		}
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch go = new CountDownLatch(1);
		// Daemon threads: a task stuck past the timeout must not keep the test JVM alive.
		ExecutorService threads = Executors
			.newThreadPerTaskExecutor(Thread.ofPlatform().name("parallel-", 0).daemon(true).factory());
		boolean finished = false;
		try {
			List<Future<T>> futures = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return task.apply(index);
				}));
			}
			if (!ready.await(START_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new IllegalStateException("Only " + (count - ready.getCount()) + " of " + count
						+ " threads started within " + START_TIMEOUT);
			}
			go.countDown();
			List<T> results = collect(futures, timeout);
			finished = true;
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + count + " tasks at once", ex);
		}
		finally {
			if (finished) {
				threads.close();
			}
			else {
				// Whatever is still running belongs to a test that has already failed.
				threads.shutdownNow();
			}
		}
	}

	private static <T> List<T> collect(List<Future<T>> futures, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		List<T> results = new ArrayList<>(futures.size());
		@Nullable AssertionError failure = null;
		for (int i = 0; i < futures.size(); i++) {
			AssertionError failed;
			try {
				results.add(futures.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
				continue;
			}
			catch (ExecutionException ex) {
				failed = new AssertionError("Task " + i + " of " + futures.size() + " failed: " + ex.getCause(),
						ex.getCause());
			}
			catch (TimeoutException ex) {
				failed = new AssertionError(
						"Task " + i + " of " + futures.size() + " did not finish within " + timeout + " of the start");
			}
			if (failure == null) {
				failure = failed;
			}
			else {
				failure.addSuppressed(failed);
			}
		}
		if (failure != null) {
			throw failure;
		}
		return results;
	}

}
