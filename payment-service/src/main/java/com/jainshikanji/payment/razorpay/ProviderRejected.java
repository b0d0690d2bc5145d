package com.jainshikanji.payment.razorpay;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/**
 * Razorpay refused a request (a 4xx with its error code): trying the same request again
 * will not help. The message is Razorpay's description of the error.
 */
@ProblemType(status = HttpStatus.BAD_GATEWAY, slug = "payment-provider-refused",
		title = "Payment provider refused the request")
public class ProviderRejected extends RuntimeException {

	private final int status;

	private final String code;

	ProviderRejected(int status, String code, String description) {
		super("The payment provider refused the request: " + description);
		this.status = status;
		this.code = code;
	}

	/** The HTTP status Razorpay answered with. */
	public int status() {
		return this.status;
	}

	/** Razorpay's error code, e.g. {@code BAD_REQUEST_ERROR}. */
	public String code() {
		return this.code;
	}

}
