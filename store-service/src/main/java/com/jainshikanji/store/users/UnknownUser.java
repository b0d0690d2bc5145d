package com.jainshikanji.store.users;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * The request names a user the identity service does not know. A 422 rather than a 404:
 * the resource the request is about (a store's staff) exists, the user it refers to does
 * not. The problem names the field, {@code userId}, and the id.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "unknown-user", title = "Unknown user")
class UnknownUser extends RuntimeException implements ProblemExtensions {

	private final UUID userId;

	UnknownUser(UUID userId) {
		super("userId: there is no user " + userId);
		this.userId = userId;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("field", "userId", "userId", this.userId);
	}

}
