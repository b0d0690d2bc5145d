package com.jainshikanji.analytics.reporting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A period that cannot be served: the same problem as any other invalid parameter, with
 * the parameters at fault under {@code errors}.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class InvalidPeriod extends RuntimeException implements ProblemExtensions {

	private final List<FieldError> errors;

	InvalidPeriod(List<FieldError> errors) {
		super(errors.stream().map((error) -> error.field() + " " + error.message()).collect(Collectors.joining("; ")));
		this.errors = List.copyOf(errors);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", this.errors);
	}

}
