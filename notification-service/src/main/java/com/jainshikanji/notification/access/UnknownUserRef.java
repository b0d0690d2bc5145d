package com.jainshikanji.notification.access;

import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A path's user is neither {@code me} nor a UUID. */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
public class UnknownUserRef extends RuntimeException implements ProblemExtensions {

	UnknownUserRef(String userRef) {
		super("userId must be 'me' or a UUID");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", java.util.List.of(Map.of("field", "userId", "message", "must be 'me' or a UUID")));
	}

}
