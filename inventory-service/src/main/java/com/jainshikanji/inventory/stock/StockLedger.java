package com.jainshikanji.inventory.stock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the quantities of a stock row, each one a single conditional
 * {@code UPDATE ... RETURNING}: the condition and the change are one atomic step under
 * the row's lock, so two transactions can never both take the last unit, and the values
 * returned tell exactly what the level was before. The table's CHECK constraints
 * ({@code current_stock >= 0}, {@code 0 <= reserved <= current_stock}) stand behind every
 * statement here.
 */
@Component
class StockLedger {

	private static final String RETURNING = " RETURNING current_stock, reserved, min_stock";

	private final JdbcClient jdbc;

	StockLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds {@code quantity} units if that many are available; empty otherwise. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Change> reserve(UUID storeId, UUID productId, int quantity, Instant now) {
		return update("""
				UPDATE inventory SET reserved = reserved + :quantity, updated_at = :now
				WHERE store_id = :store AND product_id = :product AND current_stock - reserved >= :quantity
				""", storeId, productId, quantity, now)
			.map((after) -> new Change(new StockLevel(after.current(), after.reserved() - quantity, after.min()),
					after));
	}

	/** Held units leave the shelf: both current and reserved go down. */
	@Transactional(propagation = Propagation.MANDATORY)
	Change sellReserved(UUID storeId, UUID productId, int quantity, Instant now) {
		return update("""
				UPDATE inventory SET current_stock = current_stock - :quantity, reserved = reserved - :quantity,
				    updated_at = :now
				WHERE store_id = :store AND product_id = :product AND reserved >= :quantity
				""", storeId, productId, quantity, now)
			.map((after) -> new Change(
					new StockLevel(after.current() + quantity, after.reserved() + quantity, after.min()), after))
			.orElseThrow(() -> new IllegalStateException(
					"Fewer than " + quantity + " units of " + productId + " held at " + storeId));
	}

	/** Held units go back to available. */
	@Transactional(propagation = Propagation.MANDATORY)
	Change releaseReserved(UUID storeId, UUID productId, int quantity, Instant now) {
		return update("""
				UPDATE inventory SET reserved = reserved - :quantity, updated_at = :now
				WHERE store_id = :store AND product_id = :product AND reserved >= :quantity
				""", storeId, productId, quantity, now).map(
				(after) -> new Change(new StockLevel(after.current(), after.reserved() + quantity, after.min()), after))
			.orElseThrow(() -> new IllegalStateException(
					"Fewer than " + quantity + " units of " + productId + " held at " + storeId));
	}

	/** Sold units are back on the shelf (their order was cancelled). */
	@Transactional(propagation = Propagation.MANDATORY)
	Change returnSold(UUID storeId, UUID productId, int quantity, Instant now) {
		return update("""
				UPDATE inventory SET current_stock = current_stock + :quantity, updated_at = :now
				WHERE store_id = :store AND product_id = :product
				    AND CAST(current_stock AS BIGINT) + :quantity <= 2147483647
				""", storeId, productId, quantity, now).map(
				(after) -> new Change(new StockLevel(after.current() - quantity, after.reserved(), after.min()), after))
			.orElseThrow(() -> new IllegalStateException("No stock row of " + productId + " at " + storeId));
	}

	/**
	 * Adds {@code change} units (taking them away when negative) unless that would leave
	 * fewer units than are reserved, or more than {@link StockLevel#MAX}; empty when
	 * refused or when there is no stock row. The sum is taken as a {@code BIGINT}, so it
	 * is checked before it could overflow the column.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Change> add(UUID storeId, UUID productId, int change, Instant now) {
		return update("""
				UPDATE inventory SET current_stock = current_stock + :quantity, updated_at = :now,
				    last_restocked_at = CASE WHEN :quantity > 0 THEN :now ELSE last_restocked_at END
				WHERE store_id = :store AND product_id = :product
				    AND CAST(current_stock AS BIGINT) + :quantity BETWEEN reserved AND 2147483647
				""", storeId, productId, change, now)
			.map((after) -> new Change(new StockLevel(after.current() - change, after.reserved(), after.min()), after));
	}

	/**
	 * Sets the count from a stock take; the row is locked first to know the old count.
	 * @throws CountBelowReserved when fewer units were counted than reservations hold
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Change> count(UUID storeId, UUID productId, int counted, Instant now) {
		Optional<StockLevel> before = lock(storeId, productId);
		if (before.isEmpty()) {
			return Optional.empty();
		}
		if (counted < before.get().reserved()) {
			throw new CountBelowReserved(productId, counted, before.get().reserved());
		}
		StockLevel after = this.jdbc.sql("""
				UPDATE inventory SET current_stock = :counted, last_stock_count_at = :now, updated_at = :now
				WHERE store_id = :store AND product_id = :product
				""" + RETURNING)
			.param("counted", counted)
			.param("now", Timestamp.from(now))
			.param("store", storeId)
			.param("product", productId)
			.query(StockLedger::level)
			.single();
		return Optional.of(new Change(before.get(), after));
	}

	/**
	 * Sets the planning levels of a stock row, creating the row (with nothing in stock
	 * and the default levels) if the store had none; the old level is read under the
	 * row's lock.
	 * @return the change; for a row created here, {@code before} is that new row's level
	 * (nothing in stock, the default minimum), never {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Change setLevels(UUID storeId, UUID productId, Levels levels, Instant now) {
		ensureRow(storeId, productId, now);
		StockLevel before = lock(storeId, productId).orElseThrow();
		StockLevel after = this.jdbc.sql("""
				UPDATE inventory SET min_stock = :min, max_stock = :max, reorder_point = :reorder,
				    unit = coalesce(CAST(:unit AS VARCHAR), unit), cost_per_unit = :cost, updated_at = :now
				WHERE store_id = :store AND product_id = :product
				""" + RETURNING)
			.param("min", levels.minStock())
			.param("max", levels.maxStock())
			.param("reorder", levels.reorderPoint())
			.param("unit", levels.unit())
			.param("cost", levels.costPerUnit())
			.param("now", Timestamp.from(now))
			.param("store", storeId)
			.param("product", productId)
			.query(StockLedger::level)
			.single();
		return new Change(before, after);
	}

	/** Creates an empty stock row with the default levels unless the store has one. */
	@Transactional(propagation = Propagation.MANDATORY)
	void ensureRow(UUID storeId, UUID productId, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO inventory (store_id, product_id, created_at, updated_at) VALUES (:store, :product, :now, :now)
					ON CONFLICT (store_id, product_id) DO NOTHING
					""")
			.param("store", storeId)
			.param("product", productId)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The row's current level, without locking it; empty when there is no row. */
	Optional<StockLevel> level(UUID storeId, UUID productId) {
		return select(storeId, productId, "");
	}

	/**
	 * Locks the row until the transaction ends, so that what is read next about it (an
	 * earlier adjustment under the same request key) cannot change before this
	 * transaction's own change; empty when there is no row.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<StockLevel> lock(UUID storeId, UUID productId) {
		return select(storeId, productId, " FOR UPDATE");
	}

	private Optional<StockLevel> select(UUID storeId, UUID productId, String lock) {
		return this.jdbc
			.sql("SELECT current_stock, reserved, min_stock FROM inventory"
					+ " WHERE store_id = :store AND product_id = :product" + lock)
			.param("store", storeId)
			.param("product", productId)
			.query(StockLedger::level)
			.optional();
	}

	/**
	 * What can still be sold of each product stocked at the store, among those given.
	 */
	java.util.Map<UUID, SellableStock> sellableAt(UUID storeId, java.util.Collection<UUID> productIds) {
		java.util.Map<UUID, SellableStock> sellable = new java.util.HashMap<>();
		if (!productIds.isEmpty()) {
			this.jdbc
				.sql("SELECT product_id, current_stock - reserved AS available, min_stock FROM inventory"
						+ " WHERE store_id = :store AND product_id IN (:products)")
				.param("store", storeId)
				.param("products", java.util.Set.copyOf(productIds))
				.query((rs, row) -> {
					int available = rs.getInt("available");
					return java.util.Map.entry(rs.getObject("product_id", UUID.class),
							new SellableStock(available, StockStatus.of(available, rs.getInt("min_stock"))));
				})
				.list()
				.forEach((entry) -> sellable.put(entry.getKey(), entry.getValue()));
		}
		return sellable;
	}

	private Optional<StockLevel> update(String sql, UUID storeId, UUID productId, int quantity, Instant now) {
		return this.jdbc.sql(sql + RETURNING)
			.param("quantity", quantity)
			.param("now", Timestamp.from(now))
			.param("store", storeId)
			.param("product", productId)
			.query(StockLedger::level)
			.optional();
	}

	private static StockLevel level(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new StockLevel(rs.getInt("current_stock"), rs.getInt("reserved"), rs.getInt("min_stock"));
	}

	/** A stock row's level just before and just after one change. */
	record Change(StockLevel before, StockLevel after) {
	}

}
