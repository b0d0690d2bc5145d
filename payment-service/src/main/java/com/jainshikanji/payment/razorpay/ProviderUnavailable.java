package com.jainshikanji.payment.razorpay;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Razorpay could not be reached, answered with a server error, asked us to slow down, or
 * the circuit breaker is open: nothing was decided, so the call may be tried again later.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "payment-provider-unavailable",
		title = "Payment provider unavailable")
public class ProviderUnavailable extends RuntimeException implements ProblemExtensions {

	private final long retryAfterSeconds;

	ProviderUnavailable(String message, long retryAfterSeconds, Throwable cause) {
		super(message, cause);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	ProviderUnavailable(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		return headers;
	}

}
