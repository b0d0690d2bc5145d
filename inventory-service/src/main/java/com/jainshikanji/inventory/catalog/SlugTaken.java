package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Another product or category already has this URL name. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "slug-taken", title = "Slug taken")
class SlugTaken extends RuntimeException {

	SlugTaken(String kind, String slug) {
		super("Another " + kind + " already has slug " + slug);
	}

}
