package com.jainshikanji.common.messaging;

/**
 * An operator's request on messaging state that cannot be carried out (an unknown id, a
 * record in the wrong state), declaring the problem it answers with. Free of web types,
 * so the messaging classes load in services without Spring MVC; the admin API renders it
 * as problem+json.
 */
public abstract class AdminRequestRefused extends RuntimeException {

	private final int status;

	private final String type;

	private final String title;

	/**
	 * @param status the HTTP status
	 * @param type the problem type slug, e.g. {@code dead-letter-not-found}
	 * @param title the short, fixed summary of the problem type
	 * @param detail what happened in this case
	 */
	protected AdminRequestRefused(int status, String type, String title, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
	}

	public int status() {
		return this.status;
	}

	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

}
