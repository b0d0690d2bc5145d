package com.jainshikanji.store.outlet;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Another store already has this slug. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "store-slug-taken", title = "Store slug taken")
class StoreSlugTaken extends RuntimeException {

	StoreSlugTaken(String slug) {
		super("Another store already has the slug " + slug);
	}

}
