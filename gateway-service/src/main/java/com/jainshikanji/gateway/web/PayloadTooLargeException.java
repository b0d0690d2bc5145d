package com.jainshikanji.gateway.web;

import com.jainshikanji.gateway.routing.RequestBodyFailed;

/** A request body grew past the limit while it was being streamed to the service. */
class PayloadTooLargeException extends RequestBodyFailed {

	PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}

}
