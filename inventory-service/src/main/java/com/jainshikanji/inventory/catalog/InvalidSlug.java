package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No URL name can be made from the given name; give a slug explicitly. */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "invalid-slug", title = "Invalid slug")
class InvalidSlug extends RuntimeException {

	InvalidSlug(String name) {
		super("Cannot derive a slug from '" + name + "'; give one explicitly");
	}

}
