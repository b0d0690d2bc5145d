package com.jainshikanji.analytics;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events note the store-days they change and the rollups are recomputed a moment later
 * (V3 migration): a change noted while its day is being recomputed is not forgotten with
 * the notes that recomputation saw.
 */
@AnalyticsServiceTest
class StaleRollupsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangeNotedWhileItsDayIsRecomputedIsCountedByTheNextPass() {
		UUID store = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO store_directory (store_id, name, time_zone, known, checked_at)
				VALUES (:store, 'Stale Rollups Test', 'Asia/Kolkata', true, now())
				""").param("store", store).update();
		pauseAfterRecomputing(store);
		try {
			sale(store);
			// The refresher has recomputed the first sale's day and now waits before it
			// forgets what it saw; a second sale of that day is noted meanwhile.
			await().atMost(Duration.ofSeconds(20)).until(this::aRefreshIsPaused);
			sale(store);
		}
		finally {
			unpause();
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ordersOn(store)).isEqualTo(2));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT count(*) FROM stale_rollups WHERE store_id = :store")
				.param("store", store)
				.query(Integer.class)
				.single()).as("notes left").isZero());
	}

	/**
	 * A confirmed order at the store, placed now, with its day noted, as an event does.
	 */
	private void sale(UUID store) {
		UUID order = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO order_facts (order_id, store_id, payment_method, delivery_type, placed_at, placed_at_known,
				                         outcome, total, updated_at)
				VALUES (:order, :store, 'cod', 'pickup', now(), true, 'CONFIRMED', 100.00, now())
				""").param("order", order).param("store", store).update();
		this.jdbc.sql("INSERT INTO stale_rollups (store_id, moment) VALUES (:store, now())")
			.param("store", store)
			.update();
	}

	private int ordersOn(UUID store) {
		return this.jdbc.sql("SELECT COALESCE(sum(orders), 0) FROM sales_daily WHERE store_id = :store")
			.param("store", store)
			.query(Integer.class)
			.single();
	}

	private boolean aRefreshIsPaused() {
		return this.jdbc.sql("""
				SELECT count(*) FROM pg_stat_activity
				WHERE wait_event = 'PgSleep' AND query LIKE '%refresh_stale_rollups%'
				""").query(Integer.class).single() > 0;
	}

	/** Recomputing this store's days pauses 3 s after reading the facts. */
	private void pauseAfterRecomputing(UUID store) {
		this.jdbc.sql("ALTER FUNCTION compute_rollups(uuid, date) RENAME TO compute_rollups_at_speed").update();
		this.jdbc.sql("""
				CREATE FUNCTION compute_rollups(p_store uuid, p_day date) RETURNS void LANGUAGE plpgsql AS $$
				BEGIN
				    PERFORM compute_rollups_at_speed(p_store, p_day);
				    IF p_store = '%s' THEN PERFORM pg_sleep(3); END IF;
				END $$
				""".formatted(store)).update();
	}

	private void unpause() {
		this.jdbc.sql("DROP FUNCTION compute_rollups(uuid, date)").update();
		this.jdbc.sql("ALTER FUNCTION compute_rollups_at_speed(uuid, date) RENAME TO compute_rollups").update();
	}

}
