package com.jainshikanji.analytics.stores;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.analytics.rollup.Rollups;

/**
 * The stores the figures are about, with the time zone each one's days are counted in. A
 * store is listed the moment a fact names it, in the default zone; the store service then
 * names it and its zone ({@link StoreDirectoryRefresher}), and a zone other than the one
 * assumed recomputes every rollup of the store.
 */
@Service
public class StoreDirectory {

	private static final Logger log = LoggerFactory.getLogger(StoreDirectory.class);

	private final JdbcClient jdbc;

	private final Rollups rollups;

	private final StoresProperties properties;

	private final Clock clock;

	StoreDirectory(JdbcClient jdbc, Rollups rollups, StoresProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.properties = properties;
		this.clock = clock;
	}

	/** Lists the store if it is new here (in the default zone until its own is known). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void list(UUID storeId) {
		this.jdbc.sql("""
				INSERT INTO store_directory (store_id, time_zone) VALUES (:store, :zone)
				ON CONFLICT (store_id) DO NOTHING
				""").param("store", storeId).param("zone", this.properties.defaultTimeZone().getId()).update();
	}

	/** Every store with figures, by name. */
	@Transactional(readOnly = true)
	public List<StoreEntry> all() {
		return this.jdbc.sql("SELECT * FROM store_directory ORDER BY name NULLS LAST, store_id")
			.query(StoreDirectory::entry)
			.list();
	}

	/** The given stores that have figures, by name. */
	@Transactional(readOnly = true)
	public List<StoreEntry> of(Collection<UUID> storeIds) {
		if (storeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("SELECT * FROM store_directory WHERE store_id IN (:stores) ORDER BY name NULLS LAST, store_id")
			.param("stores", List.copyOf(storeIds))
			.query(StoreDirectory::entry)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<StoreEntry> find(UUID storeId) {
		return this.jdbc.sql("SELECT * FROM store_directory WHERE store_id = :store")
			.param("store", storeId)
			.query(StoreDirectory::entry)
			.optional();
	}

	/** The zone the store's days are counted in (the default for a store not listed). */
	@Transactional(readOnly = true)
	public ZoneId zoneOf(UUID storeId) {
		return find(storeId).map(StoreEntry::timeZone).orElse(this.properties.defaultTimeZone());
	}

	/** The zone of figures over several stores. */
	public ZoneId defaultZone() {
		return this.properties.defaultTimeZone();
	}

	/** Stores never described, or due for another look. */
	@Transactional(readOnly = true)
	List<UUID> dueForLookup() {
		return this.jdbc.sql("""
				SELECT store_id FROM store_directory
				WHERE checked_at IS NULL
				   OR (NOT known AND checked_at < :retryBefore)
				   OR (known AND checked_at < :refreshBefore)
				ORDER BY checked_at NULLS FIRST
				LIMIT 50
				""")
			.param("retryBefore", Timestamp.from(this.clock.instant().minus(this.properties.retryAfter())))
			.param("refreshBefore", Timestamp.from(this.clock.instant().minus(this.properties.refreshAfter())))
			.query(UUID.class)
			.list();
	}

	/**
	 * What the store service says of a store. A new zone recomputes the store's rollups,
	 * in the same transaction, so no figure is ever read half in one zone, half in the
	 * other.
	 */
	@Transactional
	void described(UUID storeId, String name, ZoneId zone) {
		if (!knownToTheDatabase(zone)) {
			log.warn("Store {} names time zone {}, which the database does not know; its days stay in {}", storeId,
					zone, zoneOf(storeId));
			notDescribed(storeId);
			return;
		}
		ZoneId before = zoneOf(storeId);
		this.jdbc.sql("""
				INSERT INTO store_directory (store_id, name, time_zone, known, checked_at)
				VALUES (:store, :name, :zone, true, :now)
				ON CONFLICT (store_id) DO UPDATE SET name = EXCLUDED.name, time_zone = EXCLUDED.time_zone,
				    known = true, checked_at = EXCLUDED.checked_at
				""")
			.param("store", storeId)
			.param("name", name)
			.param("zone", zone.getId())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (!before.equals(zone)) {
			int days = this.rollups.refreshAll(storeId);
			log.info("Store {} counts its days in {} (was {}): {} days of figures recomputed", storeId, zone, before,
					days);
		}
	}

	/** The store service could not say (down, or no such store): ask again later. */
	@Transactional
	void notDescribed(UUID storeId) {
		this.jdbc.sql("UPDATE store_directory SET checked_at = :now WHERE store_id = :store")
			.param("store", storeId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private boolean knownToTheDatabase(ZoneId zone) {
		return this.jdbc.sql("SELECT count(*) FROM pg_timezone_names WHERE name = :zone")
			.param("zone", zone.getId())
			.query(Integer.class)
			.single() > 0;
	}

	private static StoreEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StoreEntry(rs.getObject("store_id", UUID.class), rs.getString("name"),
				ZoneId.of(rs.getString("time_zone")), rs.getBoolean("known"));
	}

}
