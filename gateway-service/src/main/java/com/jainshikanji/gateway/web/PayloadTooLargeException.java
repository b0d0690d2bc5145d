package com.jainshikanji.gateway.web;

/** A request body grew past the limit while it was being streamed to the service. */
class PayloadTooLargeException extends RuntimeException {

	PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
	}

}
