package com.jainshikanji.store.outlet;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * One page of stores.
 *
 * @param page the page number, from 0
 * @param size the most items a page holds
 */
record StorePageResponse(List<StoreResponse> items, int page, int size, long totalItems, int totalPages) {

	static StorePageResponse of(Page<StoreResponse> page) {
		return new StorePageResponse(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

}
