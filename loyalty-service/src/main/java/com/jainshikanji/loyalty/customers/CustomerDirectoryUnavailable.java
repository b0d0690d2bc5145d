package com.jainshikanji.loyalty.customers;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.common.web.ProblemTypes;

/**
 * The customer service could not say whether a customer exists: it did not answer in
 * time, failed, refused this service's token, or has been failing so often that its
 * circuit breaker stopped asking it. No points moved; the client may try again after
 * {@code Retry-After} seconds. The platform's {@link ProblemTypes#SERVICE_UNAVAILABLE}
 * problem, as order placement answers for the same reason.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "service-unavailable",
		title = "A service this request needs is unavailable")
class CustomerDirectoryUnavailable extends RuntimeException implements ProblemExtensions {

	private final UUID customerId;

	private final long retryAfterSeconds;

	CustomerDirectoryUnavailable(UUID customerId, String why, Duration retryAfter, Throwable cause) {
		super("Customer " + customerId + " cannot be checked now: the customer service " + why + "; try again in "
				+ Math.max(1, retryAfter.toSeconds()) + " s", cause);
		this.customerId = customerId;
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("customerId", this.customerId);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		return headers;
	}

}
