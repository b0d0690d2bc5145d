package com.jainshikanji.inventory.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of stock: one row per change of a stock row's quantities, written in
 * the same transaction as the change. Rows are only ever added.
 */
@Component
class StockAdjustments {

	private static final String COLUMNS = "id, store_id, product_id, reason, stock_change, reserved_change,"
			+ " stock_after, reserved_after, actor_id, reference, note, created_at";

	private final JdbcClient jdbc;

	StockAdjustments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a change; one made for a request with an Idempotency-Key keeps the key, so
	 * that a retry finds it ({@link #madeFor}).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	AdjustmentResponse record(UUID storeId, UUID productId, StockChangeReason reason, StockLedger.Change change,
			Actor actor, @Nullable String requestKey, Instant now) {
		return this.jdbc.sql("""
				INSERT INTO stock_adjustments (store_id, product_id, reason, stock_change, reserved_change,
				    stock_after, reserved_after, actor_id, reference, note, request_key, created_at)
				VALUES (:store, :product, :reason, :stockChange, :reservedChange, :stockAfter, :reservedAfter,
				    :actor, :reference, :note, :requestKey, :now)
				RETURNING\s""" + COLUMNS)
			.param("store", storeId)
			.param("product", productId)
			.param("reason", reason.name())
			.param("stockChange", change.after().current() - change.before().current())
			.param("reservedChange", change.after().reserved() - change.before().reserved())
			.param("stockAfter", change.after().current())
			.param("reservedAfter", change.after().reserved())
			.param("actor", actor.id())
			.param("reference", actor.reference())
			.param("note", actor.note())
			.param("requestKey", requestKey)
			.param("now", Timestamp.from(now))
			.query(StockAdjustments::row)
			.single();
	}

	/** The change made for the request with this key at this stock row, if one was. */
	Optional<AdjustmentResponse> madeFor(UUID storeId, UUID productId, String requestKey) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM stock_adjustments"
					+ " WHERE store_id = :store AND product_id = :product AND request_key = :requestKey")
			.param("store", storeId)
			.param("product", productId)
			.param("requestKey", requestKey)
			.query(StockAdjustments::row)
			.optional();
	}

	List<AdjustmentResponse> of(UUID storeId, @Nullable UUID productId, int page, int size) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM stock_adjustments WHERE store_id = :store"
					+ ((productId != null) ? " AND product_id = :product" : "")
					+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.param("store", storeId)
			.param("product", productId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(StockAdjustments::row)
			.list();
	}

	private static AdjustmentResponse row(ResultSet rs, int row) throws SQLException {
		return new AdjustmentResponse(rs.getLong("id"), rs.getObject("store_id", UUID.class),
				rs.getObject("product_id", UUID.class), StockChangeReason.valueOf(rs.getString("reason")),
				rs.getInt("stock_change"), rs.getInt("reserved_change"), rs.getInt("stock_after"),
				rs.getInt("reserved_after"), rs.getObject("actor_id", UUID.class), rs.getString("reference"),
				rs.getString("note"), rs.getTimestamp("created_at").toInstant());
	}

	long count(UUID storeId, @Nullable UUID productId) {
		return this.jdbc
			.sql("SELECT count(*) FROM stock_adjustments WHERE store_id = :store"
					+ ((productId != null) ? " AND product_id = :product" : ""))
			.param("store", storeId)
			.param("product", productId)
			.query(Long.class)
			.single();
	}

}
