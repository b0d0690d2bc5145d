package com.jainshikanji.analytics.funnel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Visits", description = "What the apps report of a visit, for the conversion funnel.")
class ClientEventController {

	private final FunnelEvents events;

	ClientEventController(FunnelEvents events) {
		this.events = events;
	}

	@PostMapping("/event")
	@Operation(summary = "Report a step of a visit",
			description = "Open to anonymous visitors; with a customer's token the step is theirs. One event per "
					+ "request, at most 2 KB (413 beyond); each sender (user, or address when anonymous) may send "
					+ "120 a minute (429 with Retry-After beyond). Answers 202.")
	ResponseEntity<Void> report(@Valid @RequestBody ClientEventRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user, HttpServletRequest http) {
		String sender = (user != null) ? "user:" + user.id() : "address:" + http.getRemoteAddr();
		this.events.record(request.toEvent((user != null) ? user.id() : null), sender);
		return ResponseEntity.accepted().build();
	}

}
