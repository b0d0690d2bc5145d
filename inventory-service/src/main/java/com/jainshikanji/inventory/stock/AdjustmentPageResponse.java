package com.jainshikanji.inventory.stock;

import java.util.List;

/** One page of the audit trail, newest first. */
record AdjustmentPageResponse(List<AdjustmentResponse> items, int page, int size, long totalItems) {
}
