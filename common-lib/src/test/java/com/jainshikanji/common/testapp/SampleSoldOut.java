package com.jainshikanji.common.testapp;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/** A package-private domain exception that declares its own problem. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "sample-sold-out", title = "Sample sold out")
class SampleSoldOut extends RuntimeException implements ProblemExtensions {

	private final List<String> names;

	SampleSoldOut(List<String> names) {
		super("Sold out: " + String.join(", ", names));
		this.names = names;
	}

	@Override
	public Map<String, Object> problemProperties() {
		return Map.of("soldOut", this.names);
	}

	@Override
	public HttpHeaders problemHeaders() {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, "30");
		return headers;
	}

}
