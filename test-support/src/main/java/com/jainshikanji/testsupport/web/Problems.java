package com.jainshikanji.testsupport.web;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Reads problem responses in tests. */
public final class Problems {

	private Problems() {
	}

	/** Checks the response is a problem+json with the given status, and reads it. */
	public static Problem problem(RestTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
	}

}
