package com.jainshikanji.testsupport.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An RFC 9457 problem as a client reads it.
 *
 * @param type the stable problem type URI
 * @param title short summary
 * @param status the HTTP status
 * @param detail what happened, for people
 * @param instance the request path it answers
 * @param errors for validation problems, each field or parameter at fault and its message
 * @param rule for rule violations, which rule
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String instance,
		List<Map<String, String>> errors, String rule) {

	/** The last segment of the type URI, e.g. {@code validation-failed}. */
	public String typeSlug() {
		return this.type.substring(this.type.lastIndexOf('/') + 1);
	}

	/** The fields the problem names as invalid. */
	public List<String> fields() {
		return (this.errors != null) ? this.errors.stream().map((error) -> error.get("field")).toList() : List.of();
	}

}
