package com.jainshikanji.customer.identity;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * No session of the caller's with that id is still going: ended already, expired, or
 * someone else's, which is answered the same so that nobody learns another's session ids.
 */
@ProblemType(status = HttpStatus.NOT_FOUND, slug = "session-not-found", title = "Session not found")
class SessionNotFound extends RuntimeException {

	SessionNotFound(UUID sessionId) {
		super("No session " + sessionId + " of yours is still going");
	}

}
