package com.jainshikanji.testsupport.concurrent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ParallelTests {

	@Test
	void everyTaskIsRunningAtTheSameTime() {
		// Only passes if all forty are inside their task together: a pool of fewer
		// threads, or tasks run one after another, would break the barrier by timeout.
		CyclicBarrier together = new CyclicBarrier(40);

		List<Integer> arrivals = Parallel.run(40, (i) -> {
			try {
				return together.await(10, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});

		assertThat(arrivals).hasSize(40).doesNotHaveDuplicates();
	}

	@Test
	void eachTaskGetsItsIndexAndTheResultsComeInThatOrder() {
		assertThat(Parallel.run(5, (i) -> "task " + i)).containsExactly("task 0", "task 1", "task 2", "task 3",
				"task 4");
	}

	@Test
	void aFailingTaskIsNamedWithItsOwnExceptionAsTheCause() {
		IllegalStateException boom = new IllegalStateException("boom");

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Parallel.run(4, (i) -> {
			if (i == 2) {
				throw boom;
			}
			return i;
		})).withMessageStartingWith("Task 2 of 4 failed").withCause(boom);
	}

	@Test
	void everyFailingTaskIsReported() {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Parallel.run(3, (i) -> {
			throw new IllegalArgumentException("task " + i);
		}))
			.withMessageStartingWith("Task 0 of 3 failed")
			.satisfies((failure) -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("Task 1 of 3 failed: java.lang.IllegalArgumentException: task 1",
						"Task 2 of 3 failed: java.lang.IllegalArgumentException: task 2"));
	}

	@Test
	void aTaskStillRunningAtTheTimeoutFailsTheRunAndIsInterrupted() throws Exception {
		CountDownLatch interrupted = new CountDownLatch(1);

		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> Parallel.run(2, (i) -> {
			if (i == 1) {
				try {
					Thread.sleep(Duration.ofMinutes(1));
				}
				catch (InterruptedException ex) {
					interrupted.countDown();
				}
			}
			return i;
		}, Duration.ofMillis(300))).withMessage("Task 1 of 2 did not finish within PT0.3S of the start");
		assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
	}

}
