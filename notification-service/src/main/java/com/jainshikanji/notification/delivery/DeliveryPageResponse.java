package com.jainshikanji.notification.delivery;

import java.util.List;

/** A page of the delivery log, newest first. */
record DeliveryPageResponse(List<DeliveryResponse> items, int page, int size, long totalElements, int totalPages) {
}
