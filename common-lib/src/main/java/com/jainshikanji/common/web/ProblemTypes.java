package com.jainshikanji.common.web;

import java.net.URI;

/**
 * Stable {@code type} URIs of the problems (RFC 9457) our APIs return. Clients switch on
 * these, never on the human-readable title or detail, so a URI never changes meaning once
 * published.
 */
public final class ProblemTypes {

	/** Base of every problem type URI. */
	public static final String BASE = "https://api.jainshikanji.in/problems/";

	public static final URI VALIDATION_FAILED = of("validation-failed");

	public static final URI MALFORMED_REQUEST = of("malformed-request");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");

	public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");

	public static final URI NOT_ACCEPTABLE = of("not-acceptable");

	public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");

	public static final URI AUTHENTICATION_REQUIRED = of("authentication-required");

	public static final URI INVALID_TOKEN = of("invalid-token");

	public static final URI ACCESS_DENIED = of("access-denied");

	public static final URI CONFLICT = of("conflict");

	public static final URI TOO_MANY_REQUESTS = of("too-many-requests");

	public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");

	public static final URI INTERNAL_ERROR = of("internal-error");

	private ProblemTypes() {
	}

	/** The type URI for a problem slug, e.g. {@code customer-not-found}. */
	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

}
