package com.jainshikanji.analytics.rebuild;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "rebuild-not-found", title = "Rebuild not found")
class RebuildNotFound extends RuntimeException {

	RebuildNotFound(UUID runId) {
		super("No rebuild " + runId);
	}

}
