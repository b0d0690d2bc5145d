package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * A category that products on the menu still belong to cannot be deleted (archived ones
 * do not count: they let go of it).
 */
@ProblemType(status = HttpStatus.CONFLICT, slug = "category-in-use", title = "Category in use")
class CategoryInUse extends RuntimeException {

	CategoryInUse(String slug, long products) {
		super("Category " + slug + " still has " + products + " product(s) on the menu; move or delete them first");
	}

}
