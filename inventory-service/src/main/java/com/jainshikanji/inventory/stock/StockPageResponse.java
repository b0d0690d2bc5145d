package com.jainshikanji.inventory.stock;

import java.util.List;

/** One page of a store's stock, by product name. */
record StockPageResponse(List<StockResponse> items, int page, int size, long totalItems) {
}
