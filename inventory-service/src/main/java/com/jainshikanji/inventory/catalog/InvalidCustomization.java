package com.jainshikanji.inventory.catalog;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** A customization whose options break its rules (none, duplicates, several defaults). */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "invalid-customization", title = "Invalid customization")
class InvalidCustomization extends RuntimeException {

	InvalidCustomization(String message) {
		super(message);
	}

}
