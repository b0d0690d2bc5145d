package com.jainshikanji.analytics.rebuild;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

/** Only one rebuild at a time. */
@ProblemType(status = HttpStatus.CONFLICT, slug = "rebuild-running", title = "A rebuild is running")
class RebuildAlreadyRunning extends RuntimeException {

	/**
	 * @param runId the run that holds the place, null when it has just finished
	 */
	RebuildAlreadyRunning(@Nullable UUID runId) {
		super((runId != null) ? "Rebuild " + runId + " is still running; wait for it to finish"
				: "Another rebuild was running; ask again");
	}

}
