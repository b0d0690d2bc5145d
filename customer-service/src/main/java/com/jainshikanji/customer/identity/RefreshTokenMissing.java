package com.jainshikanji.customer.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Neither the body nor a cookie carries a refresh token: the same validation problem a
 * blank {@code refreshToken} has always been.
 */
@ProblemType(status = HttpStatus.BAD_REQUEST, slug = "validation-failed", title = "Validation failed")
class RefreshTokenMissing extends RuntimeException implements ProblemExtensions {

	private static final FieldError ERROR = new FieldError("refreshToken", "must not be blank");

	RefreshTokenMissing() {
		super(ERROR.field() + " " + ERROR.message());
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(ERROR));
	}

}
