package com.jainshikanji.inventory.catalog;

import java.util.List;

/**
 * One page of products.
 *
 * @param page zero-based page number
 * @param size the page size asked for
 * @param totalItems products matching the filters, on all pages
 */
record ProductPageResponse(List<ProductSummaryResponse> items, int page, int size, long totalItems, long totalPages) {
}
