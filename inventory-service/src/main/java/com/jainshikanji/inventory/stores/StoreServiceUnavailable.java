package com.jainshikanji.inventory.stores;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;
import com.jainshikanji.common.web.ProblemTypes;

/**
 * The store service could not say whether a store exists: it did not answer in time,
 * failed, or has been failing so often that its circuit breaker stopped asking it.
 * Nothing was kept; the client may try again after {@code Retry-After} seconds. The
 * platform's {@link ProblemTypes#SERVICE_UNAVAILABLE} problem, as order placement answers
 * for the same reason.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "service-unavailable",
		title = "A service this request needs is unavailable")
class StoreServiceUnavailable extends RuntimeException implements ProblemExtensions {

	private final UUID storeId;

	private final long retryAfterSeconds;

	StoreServiceUnavailable(UUID storeId, String why, Duration retryAfter, Throwable cause) {
		super("Store " + storeId + " cannot be checked now: the store service " + why + "; try again in "
				+ Math.max(1, retryAfter.toSeconds()) + " s", cause);
		this.storeId = storeId;
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("storeId", this.storeId);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(this.retryAfterSeconds));
		return headers;
	}

}
