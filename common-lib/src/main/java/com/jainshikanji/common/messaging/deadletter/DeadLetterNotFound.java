package com.jainshikanji.common.messaging.deadletter;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "dead-letter-not-found", title = "Dead letter not found")
class DeadLetterNotFound extends RuntimeException {

	DeadLetterNotFound(long id) {
		super("No dead letter " + id);
	}

}
