package com.jainshikanji.inventory.purchasing;

import java.util.List;

/** One page of a store's purchase orders, newest first. */
record PurchaseOrderPageResponse(List<PurchaseOrderResponse> items, int page, int size, long totalItems) {
}
