package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a product list is narrowed to and how it is ordered; {@code null} means "any".
 *
 * @param q free text, matched against name and descriptions
 * @param category a category slug
 * @param tags products carrying all of these tags
 * @param available only products that can (true) or cannot (false) be ordered now
 * @param inStockAt only products with stock available at this store
 * @param page zero-based
 */
record ProductFilter(String q, String category, String subcategory, List<String> tags, Boolean jain, Boolean veg,
		Boolean vegan, Boolean glutenFree, Boolean nutFree, SpiceLevel spiceLevel, BigDecimal minPrice,
		BigDecimal maxPrice, Boolean available, Boolean featured, UUID inStockAt, ProductSort sort, int page,
		int size) {

	boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

}
