package com.jainshikanji.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.analytics.rollup.Rollups;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recomputing every rollup (a rebuild, a store's new time zone) reads every fact, which
 * takes longer than the platform's JDBC socket timeout once the facts are many: it is not
 * cut off, and the connection goes back to the pool with the usual timeout.
 */
@AnalyticsServiceTest
class LongStatementTests {

	@Autowired
	Rollups rollups;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void recomputingEveryRollupMayOutlastTheSocketTimeoutAndThePoolKeepsItsTimeout() throws SQLException {
		int socketTimeout;
		try (Connection connection = this.dataSource.getConnection()) {
			socketTimeout = connection.getNetworkTimeout();
		}
		assertThat(socketTimeout).as("the platform's socket timeout, ms").isBetween(1000, 30_000);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		slowDownRecomputingEverything(socketTimeout + 1000);
		PGConnection used;
		long started = System.nanoTime();
		try {
			used = transaction.execute((status) -> {
				this.rollups.refreshAll(null);
				return unwrap(DataSourceUtils.getConnection(this.dataSource));
			});
		}
		finally {
			restoreRecomputingEverything();
		}
		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThan(socketTimeout);

		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(unwrap(connection)).as("the pool hands the same connection out again").isSameAs(used);
			assertThat(connection.getNetworkTimeout()).isEqualTo(socketTimeout);
		}
	}

	private void slowDownRecomputingEverything(int millis) {
		this.jdbc.sql("ALTER FUNCTION refresh_all_rollups(uuid) RENAME TO refresh_all_rollups_at_speed").update();
		this.jdbc.sql("""
				CREATE FUNCTION refresh_all_rollups(p_store uuid DEFAULT NULL) RETURNS int LANGUAGE plpgsql AS $$
				BEGIN PERFORM pg_sleep(%.3f); RETURN refresh_all_rollups_at_speed(p_store); END $$
				""".formatted(millis / 1000.0)).update();
	}

	private void restoreRecomputingEverything() {
		this.jdbc.sql("DROP FUNCTION refresh_all_rollups(uuid)").update();
		this.jdbc.sql("ALTER FUNCTION refresh_all_rollups_at_speed(uuid) RENAME TO refresh_all_rollups").update();
	}

	private static PGConnection unwrap(Connection connection) {
		try {
			return Objects.requireNonNull(connection.unwrap(PGConnection.class));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
