package com.jainshikanji.analytics.rebuild;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only one rebuild at a time. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "rebuild-running", title = "A rebuild is running")
class RebuildAlreadyRunning extends RuntimeException {

	RebuildAlreadyRunning(UUID runId) {
		super("Rebuild " + runId + " is still running; wait for it to finish");
	}

}
