package com.jainshikanji.analytics.rebuild;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

@RestController
@RequestMapping("/api/v1/admin/rebuild")
@Tag(name = "Rebuild",
		description = "Admins only (through the gateway: /api/v1/admin/analytics-service/rebuild). Replays the order, "
				+ "payment and customer topics from the beginning into fresh facts and rollups; the figures end "
				+ "the same. scripts/analytics-rebuild.sh runs it and waits.")
class RebuildController {

	private final Rebuild rebuild;

	RebuildController(Rebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping
	@Operation(summary = "Start a rebuild",
			description = "Answers 202 with the run; follow it at its Location. 409 while another runs.")
	ResponseEntity<RebuildRun> start(@AuthenticationPrincipal AuthenticatedUser user) {
		RebuildRun run = this.rebuild.start(user.id());
		return ResponseEntity.accepted().location(URI.create("/api/v1/admin/rebuild/" + run.id())).body(run);
	}

	@GetMapping("/{runId}")
	@Operation(summary = "A rebuild's progress")
	RebuildRun run(@PathVariable UUID runId) {
		return this.rebuild.find(runId).orElseThrow(() -> new RebuildNotFound(runId));
	}

	@GetMapping
	@Operation(summary = "The latest rebuilds, newest first")
	List<RebuildRun> runs() {
		return this.rebuild.latest();
	}

}
