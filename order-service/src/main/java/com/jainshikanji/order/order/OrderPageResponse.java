package com.jainshikanji.order.order;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of orders.
 *
 * @param page the page number, from 0
 * @param size the most items a page holds
 */
record OrderPageResponse(List<OrderSummaryResponse> items, int page, int size, long totalItems, int totalPages) {

	static OrderPageResponse of(Page<Order> page) {
		return new OrderPageResponse(page.getContent().stream().map(Order::toSummary).toList(), page.getNumber(),
				page.getSize(), page.getTotalElements(), page.getTotalPages());
	}

}
