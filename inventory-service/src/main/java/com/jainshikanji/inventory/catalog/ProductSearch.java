package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the products a {@link ProductQuery} asks for, one page at a time, straight in
 * SQL: full-text search on the generated {@code search_vector} (GIN index), plus a
 * substring match on the name so partial words ("shik") find something too. Only the ids
 * come back; the caller loads the products.
 */
@Component
class ProductSearch {

	private static final String FROM = " FROM products p JOIN categories c ON c.id = p.category_id";

	private final JdbcClient jdbc;

	ProductSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Result search(ProductQuery filter, Instant now) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, now, params);
		long total = this.jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
		if (total == 0) {
			return new Result(List.of(), 0);
		}
		params.put("limit", filter.pageSize());
		params.put("offset", (long) filter.pageNumber() * filter.pageSize());
		List<UUID> ids = this.jdbc
			.sql("SELECT p.id" + FROM + where + " ORDER BY " + orderBy(filter) + " LIMIT :limit OFFSET :offset")
			.params(params)
			.query(UUID.class)
			.list();
		return new Result(ids, total);
	}

	/**
	 * The next moment after {@code now} at which some product's availability window opens
	 * or closes, when whether it can be ordered changes by itself; {@link Instant#MAX}
	 * when there is none.
	 */
	Instant nextAvailabilityChange(Instant now) {
		OffsetDateTime after = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		List<OffsetDateTime> next = this.jdbc
			.sql("""
					SELECT min(t) FROM (
					    SELECT available_from AS t FROM products WHERE archived_at IS NULL AND available_from > :now
					    UNION ALL
					    SELECT available_until FROM products WHERE archived_at IS NULL AND available_until > :now) AS changes
					""")
			.param("now", after)
			.query(OffsetDateTime.class)
			.list();
		return (next.isEmpty() || next.get(0) == null) ? Instant.MAX : next.get(0).toInstant();
	}

	private static String where(ProductQuery filter, Instant now, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" WHERE p.archived_at IS NULL");
		if (filter.hasText()) {
			where.append(" AND (p.search_vector @@ websearch_to_tsquery('english', :q)"
					+ " OR p.name ILIKE :namePattern ESCAPE '\\')");
			params.put("q", filter.q().strip());
			params.put("namePattern", "%" + escapeLike(filter.q().strip()) + "%");
		}
		if (filter.category() != null) {
			where.append(" AND c.slug = :category");
			params.put("category", filter.category());
		}
		if (filter.subcategory() != null) {
			where.append(" AND lower(p.subcategory) = lower(:subcategory)");
			params.put("subcategory", filter.subcategory());
		}
		if (!filter.tags().isEmpty()) {
			where.append(" AND p.tags @> CAST(ARRAY[:tags] AS VARCHAR[])");
			params.put("tags", filter.tags());
		}
		flag(where, params, "p.is_jain", "jain", filter.jain());
		flag(where, params, "p.is_veg", "veg", filter.veg());
		flag(where, params, "p.is_vegan", "vegan", filter.vegan());
		flag(where, params, "p.is_gluten_free", "glutenFree", filter.glutenFree());
		flag(where, params, "p.is_nut_free", "nutFree", filter.nutFree());
		flag(where, params, "p.is_featured", "featured", filter.featured());
		if (filter.spiceLevel() != null) {
			where.append(" AND p.spice_level = :spiceLevel");
			params.put("spiceLevel", filter.spiceLevel().name());
		}
		if (filter.minPrice() != null) {
			where.append(" AND p.price >= :minPrice");
			params.put("minPrice", filter.minPrice());
		}
		if (filter.maxPrice() != null) {
			where.append(" AND p.price <= :maxPrice");
			params.put("maxPrice", filter.maxPrice());
		}
		if (filter.available() != null) {
			where.append(filter.available() ? " AND " : " AND NOT ")
				.append("(p.is_available AND (p.available_from IS NULL OR p.available_from <= :now)"
						+ " AND (p.available_until IS NULL OR p.available_until > :now))");
			params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		}
		if (filter.inStockAt() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM inventory i WHERE i.product_id = p.id"
					+ " AND i.store_id = :store AND i.available > 0)");
			params.put("store", filter.inStockAt());
		}
		return where.toString();
	}

	private static void flag(StringBuilder where, Map<String, Object> params, String column, String name,
			Boolean value) {
		if (value != null) {
			where.append(" AND ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	private static String orderBy(ProductQuery filter) {
		return switch (filter.sortOrder()) {
			case RELEVANCE -> filter.hasText() ? "ts_rank(p.search_vector, websearch_to_tsquery('english', :q)) DESC,"
					+ " (p.name ILIKE :namePattern ESCAPE '\\') DESC, p.name, p.id" : "p.name, p.id";
			case PRICE_ASC -> "p.price ASC, p.name, p.id";
			case PRICE_DESC -> "p.price DESC, p.name, p.id";
			case RATING -> "p.rating DESC, p.review_count DESC, p.name, p.id";
			case NEWEST -> "p.created_at DESC, p.id";
			case NAME -> "p.name, p.id";
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** One page of matching ids, in order, and how many match in all. */
	record Result(List<UUID> ids, long total) {
	}

}
