package com.jainshikanji.order.placement;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * More orders are being placed than this instance takes on at once, and this one waited
 * its longest for a turn. Nothing was done: the same request, with the same
 * Idempotency-Key, may be sent again after {@code Retry-After}.
 */
@ProblemType(status = HttpStatus.SERVICE_UNAVAILABLE, slug = "placements-busy",
		title = "Too many orders are being placed right now")
class PlacementsBusy extends RuntimeException implements ProblemExtensions {

	PlacementsBusy(int concurrency, long waitedMillis) {
		super("All " + concurrency + " placement turns stayed taken for " + waitedMillis
				+ " ms; nothing was placed, send the same request again in a moment");
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "1");
		return headers;
	}

}
