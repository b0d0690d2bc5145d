package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** No such category. */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "category-not-found", title = "Category not found")
class CategoryNotFound extends RuntimeException {

	CategoryNotFound(Object categoryRef) {
		super("No category " + categoryRef);
	}

}
