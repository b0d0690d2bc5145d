package com.jainshikanji.inventory.stock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stock rows as the API shows them, with the product's name. */
@Component
class StockViews {

	private static final String SELECT = """
			SELECT i.store_id, i.product_id, p.name AS product_name, i.current_stock, i.reserved, i.available,
			    i.min_stock, i.max_stock, i.reorder_point, i.unit, i.cost_per_unit, i.last_restocked_at,
			    i.last_stock_count_at, i.updated_at
			FROM inventory i JOIN products p ON p.id = i.product_id
			""";

	private final JdbcClient jdbc;

	StockViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StockResponse> find(UUID storeId, UUID productId) {
		return this.jdbc.sql(SELECT + " WHERE i.store_id = :store AND i.product_id = :product")
			.param("store", storeId)
			.param("product", productId)
			.query(StockViews::row)
			.optional();
	}

	/** A store's stock by product name; only what is low or out when {@code lowOnly}. */
	List<StockResponse> atStore(UUID storeId, boolean lowOnly, int page, int size) {
		return this.jdbc
			.sql(SELECT + " WHERE i.store_id = :store" + (lowOnly ? " AND i.available <= i.min_stock" : "")
					+ " ORDER BY p.name, i.product_id LIMIT :limit OFFSET :offset")
			.param("store", storeId)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(StockViews::row)
			.list();
	}

	long countAtStore(UUID storeId, boolean lowOnly) {
		return this.jdbc
			.sql("SELECT count(*) FROM inventory i WHERE i.store_id = :store"
					+ (lowOnly ? " AND i.available <= i.min_stock" : ""))
			.param("store", storeId)
			.query(Long.class)
			.single();
	}

	/** A product's stock at the given stores, or at every store when {@code null}. */
	List<StockResponse> ofProduct(UUID productId, @Nullable Collection<UUID> storeIds) {
		if (storeIds != null && storeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(SELECT + " WHERE i.product_id = :product" + ((storeIds != null) ? " AND i.store_id IN (:stores)" : "")
					+ " ORDER BY i.store_id")
			.param("product", productId)
			.param("stores", storeIds)
			.query(StockViews::row)
			.list();
	}

	private static StockResponse row(ResultSet rs, int row) throws SQLException {
		int available = rs.getInt("available");
		int min = rs.getInt("min_stock");
		int reorderPoint = rs.getInt("reorder_point");
		return new StockResponse(rs.getObject("store_id", UUID.class), rs.getObject("product_id", UUID.class),
				rs.getString("product_name"), rs.getInt("current_stock"), rs.getInt("reserved"), available, min,
				rs.getInt("max_stock"), reorderPoint, StockStatus.of(available, min), available <= reorderPoint,
				rs.getString("unit"), rs.getBigDecimal("cost_per_unit"), instant(rs.getTimestamp("last_restocked_at")),
				instant(rs.getTimestamp("last_stock_count_at")), instant(rs.getTimestamp("updated_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
