package com.jainshikanji.analytics.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes rollups from the facts, in the database ({@code refresh_rollups} and
 * {@code refresh_all_rollups} of the V1 migration, which also say how each figure is
 * counted). A rollup row is always what its facts say: recomputing it twice, or after
 * events arrived in another order, gives the same row.
 */
@Component
public class Rollups {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final RollupsProperties properties;

	Rollups(JdbcClient jdbc, DataSource dataSource, RollupsProperties properties) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
	}

	/**
	 * Recomputes the store-days touched, in the caller's transaction (after its facts
	 * were written), store by store in a fixed order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(Touched touched) {
		for (Map.Entry<UUID, Set<Instant>> store : touched.byStore().entrySet()) {
			this.jdbc.sql("SELECT refresh_rollups(:store, ARRAY[:moments]::timestamptz[])")
				.param("store", store.getKey())
				.param("moments", store.getValue().stream().map(Timestamp::from).toList())
				.query((rs, row) -> 0)
				.list();
		}
	}

	/**
	 * Recomputes every rollup of a store, or of every store ({@code null}), alone (the
	 * per-day refreshes of others wait meanwhile).
	 * @return how many store-days have facts
	 */
	@Transactional
	public int refreshAll(@Nullable UUID storeId) {
		allowLongStatements();
		return this.jdbc.sql("SELECT refresh_all_rollups(CAST(:store AS uuid))")
			.param("store", storeId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Lets the statements of the caller's transaction run over every fact: its connection
	 * waits up to {@link RollupsProperties#longStatementTimeout()} for the database's
	 * answers instead of the platform's few seconds. The pool puts the usual timeout back
	 * when the connection is returned.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void allowLongStatements() {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			// PostgreSQL's driver applies it to the socket at once; the executor is for
			// aborting, which it does not do.
			connection.setNetworkTimeout(Runnable::run,
					Math.toIntExact(this.properties.longStatementTimeout().toMillis()));
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Could not lift the connection's timeout", ex);
		}
	}

}
