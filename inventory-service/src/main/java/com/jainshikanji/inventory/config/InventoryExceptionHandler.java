package com.jainshikanji.inventory.config;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import com.jainshikanji.common.web.ProblemDetailsAdvice;
import com.jainshikanji.common.web.ProblemTypes;
import com.jainshikanji.common.web.Problems;
import com.jainshikanji.inventory.catalog.InvalidSelection;

/**
 * What {@code @ProblemType} cannot say: an invalid selection's type is the rule it
 * breaks, so it varies per occurrence.
 */
@RestControllerAdvice
class InventoryExceptionHandler extends ProblemDetailsAdvice {

	/** 422 whose type is the rule broken, also given as {@code rule}. */
	@ExceptionHandler(InvalidSelection.class)
	ResponseEntity<Object> invalidSelection(InvalidSelection ex, WebRequest request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.of(ex.rule().slug()),
				"Invalid selection", ex.getMessage());
		ex.problemProperties().forEach(problem::setProperty);
		return problem(problem, request);
	}

}
