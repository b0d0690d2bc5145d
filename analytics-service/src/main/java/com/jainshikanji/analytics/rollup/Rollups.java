package com.jainshikanji.analytics.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes rollups from the facts, in the database ({@code compute_rollups} and
 * {@code refresh_all_rollups} of the V1 migration, which also say how each figure is
 * counted; {@code refresh_stale_rollups} of V3). A rollup row is always what its facts
 * say: recomputing it twice, or after events arrived in another order, gives the same
 * row. A change to facts notes the moments it touched; every
 * {@code analytics.rollups.refresh-interval} each store-day noted is recomputed once,
 * however many events touched it, so an event costs the same on a store's busiest day as
 * on its first order.
 */
@Component
public class Rollups {

	private static final Logger log = LoggerFactory.getLogger(Rollups.class);

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final RollupsProperties properties;

	private final TransactionTemplate transactions;

	Rollups(JdbcClient jdbc, DataSource dataSource, RollupsProperties properties,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Notes the store-days touched as stale, in the caller's transaction (with the facts
	 * that changed them): one insert per store, whatever the day's size, and never
	 * waiting for a refresh under way.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void note(Touched touched) {
		for (Map.Entry<UUID, Set<Instant>> store : touched.byStore().entrySet()) {
			this.jdbc.sql(
					"INSERT INTO stale_rollups (store_id, moment) SELECT :store, unnest(ARRAY[:moments]::timestamptz[])")
				.param("store", store.getKey())
				.param("moments", store.getValue().stream().map(Timestamp::from).toList())
				.update();
		}
	}

	/**
	 * Recomputes every store-day noted as stale, each in a transaction of its own; a day
	 * another instance is recomputing is left to it. While the database is away nothing
	 * is lost: the notes stay until a pass gets through.
	 * @return how many store-days were recomputed
	 */
	@Scheduled(fixedDelayString = "${analytics.rollups.refresh-interval:2s}")
	public int refreshStale() {
		try {
			List<StaleDay> days = this.jdbc.sql("SELECT store_id, day FROM stale_rollup_days ORDER BY store_id, day")
				.query(StaleDay.class)
				.list();
			int refreshed = 0;
			for (StaleDay day : days) {
				Boolean done = this.transactions
					.execute((status) -> this.jdbc.sql("SELECT refresh_stale_rollups(:store, :day)")
						.param("store", day.storeId())
						.param("day", day.day())
						.query(Boolean.class)
						.single());
				refreshed += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			return refreshed;
		}
		catch (DataAccessException | TransactionException ex) {
			log.warn("Rollups not refreshed this time, the changes stay noted: {}", ex.getMessage());
			return 0;
		}
	}

	/**
	 * Recomputes every rollup of a store, or of every store ({@code null}), alone (the
	 * per-day refreshes skip their turns meanwhile).
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

	/** A store-day whose rollups are stale. */
	record StaleDay(UUID storeId, LocalDate day) {
	}

}
