package com.jainshikanji.common.web;

import java.io.IOException;

/** A request body grew past the configured limit while it was being read. */
public class PayloadTooLargeException extends IOException {

	private final long limit;

	public PayloadTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	public long limit() {
		return this.limit;
	}

}
