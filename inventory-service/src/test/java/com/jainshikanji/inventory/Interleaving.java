package com.jainshikanji.inventory;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;

/**
 * Makes a race between the test and a call come out one way for certain: the test's
 * transaction changes rows first, taking their locks, and commits only once the call
 * waits for one of them.
 */
final class Interleaving {

	private final PlatformTransactionManager transactions;

	private final JdbcClient jdbc;

	Interleaving(PlatformTransactionManager transactions, JdbcClient jdbc) {
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/**
	 * Runs {@code first} in a transaction, then starts {@code call} and commits once the
	 * call waits for a lock the transaction holds (or is done without waiting).
	 * @return what the call returned
	 */
	<T> T callWaitingFor(Runnable first, Callable<T> call) throws Exception {
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<T> result = new TransactionTemplate(this.transactions).execute((transaction) -> {
				first.run();
				int backend = this.jdbc.sql("SELECT pg_backend_pid()").query(Integer.class).single();
				Future<T> pending = executor.submit(call);
				await().atMost(Duration.ofSeconds(10)).until(() -> pending.isDone() || waitingFor(backend));
				return pending;
			});
			return result.get(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Whether another backend waits for a lock the given one holds. Asked on another
	 * connection: Awaitility polls from a thread of its own.
	 */
	private boolean waitingFor(int backend) {
		return this.jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE :backend = ANY(pg_blocking_pids(pid))")
			.param("backend", backend)
			.query(Integer.class)
			.single() > 0;
	}

}
