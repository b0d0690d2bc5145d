package com.jainshikanji.common.testapp;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "sample-not-found", title = "Sample not found")
class SampleNotFound extends RuntimeException {

	SampleNotFound(String name) {
		super("No sample named " + name);
	}

}
