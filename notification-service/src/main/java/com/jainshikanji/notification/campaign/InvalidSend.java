package com.jainshikanji.notification.campaign;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A send that does not say clearly who it is for, or carries what its kind may not. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class InvalidSend extends RuntimeException implements ProblemExtensions {

	private final List<Map<String, String>> errors;

	InvalidSend(String detail, List<Map<String, String>> errors) {
		super(detail);
		this.errors = List.copyOf(errors);
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", this.errors);
	}

}
