package com.jainshikanji.gateway.routing;

/**
 * The client's request body failed while it was passed on to the service: the client went
 * away (closed or reset its connection) or sent more than the gateway takes. The call to
 * the service fails with it, but for what the client did: it never counts against the
 * service ({@link DownstreamFailures}).
 */
public class RequestBodyFailed extends RuntimeException {

	public RequestBodyFailed(String message, Throwable cause) {
		super(message, cause);
	}

	protected RequestBodyFailed(String message) {
		super(message);
	}

}
