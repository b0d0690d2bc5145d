package com.jainshikanji.notification.campaign;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.FieldError;
import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * A send to one person the service does not know: no account registered with that id (or
 * not yet heard of), so nobody would read it.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "unknown-recipient", title = "Unknown recipient")
class UnknownRecipient extends RuntimeException implements ProblemExtensions {

	UnknownRecipient(UUID userId) {
		super("No customer " + userId + " is known to the notification service");
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("errors", List.of(new FieldError("userId", "must be the id of a customer the service knows")));
	}

}
