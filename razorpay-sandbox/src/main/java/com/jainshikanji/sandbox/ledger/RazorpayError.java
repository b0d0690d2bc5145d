package com.jainshikanji.sandbox.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An error as Razorpay answers it:
 * {@code {"error": {"code": "BAD_REQUEST_ERROR", "description": ..., "source", "step",
 * "reason", "metadata", "field"}}}.
 */
public class RazorpayError extends RuntimeException {

	private final int status;

	private final String code;

	private final @Nullable String field;

	RazorpayError(int status, String code, String description, @Nullable String field) {
		super(description);
		this.status = status;
		this.code = code;
		this.field = field;
	}

	/** A request Razorpay refuses: 400 BAD_REQUEST_ERROR. */
	public static RazorpayError badRequest(String description) {
		return new RazorpayError(400, "BAD_REQUEST_ERROR", description, null);
	}

	public static RazorpayError badRequest(String description, String field) {
		return new RazorpayError(400, "BAD_REQUEST_ERROR", description, field);
	}

	/** Razorpay answers an unknown id with 400, not 404. */
	public static RazorpayError noSuchId() {
		return badRequest("The id provided does not exist");
	}

	/** Wrong or missing API key: 401. */
	public static RazorpayError authenticationFailed() {
		return new RazorpayError(401, "BAD_REQUEST_ERROR", "Authentication failed", null);
	}

	public int status() {
		return this.status;
	}

	public Map<String, Object> body() {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("code", this.code);
		error.put("description", getMessage());
		error.put("source", "business");
		error.put("step", "payment_initiation");
		error.put("reason", "input_validation_failed");
		error.put("metadata", Map.of());
		if (this.field != null) {
			error.put("field", this.field);
		}
		return Map.of("error", error);
	}

}
