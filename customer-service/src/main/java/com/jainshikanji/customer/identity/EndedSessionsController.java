package com.jainshikanji.customer.identity;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sessions ended lately, and the users whose access changed, for the gateway: it asks
 * every few seconds and refuses the access tokens of those sessions, and those the users
 * held before the change, from then on, instead of until they expire. Only the platform's
 * services (a SERVICE token) may ask ({@code SecurityConfiguration}).
 */
@RestController
@Tag(name = "Authentication")
class EndedSessionsController {

	private final Sessions sessions;

	EndedSessionsController(Sessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/auth/ended-sessions")
	@Operation(summary = "Sessions ended lately (SERVICE token only)",
			description = "Sessions ended after `since` (by default, and at the earliest, an access token's "
					+ "lifetime ago), for the gateway to refuse their access tokens, and users whose access changed "
					+ "since (`accessChanged`: staff assigned to a store, given another job or removed), with the "
					+ "roles, store ids and jobs their tokens carry since: the gateway refuses their tokens issued "
					+ "before the change, and those issued within moments of it that say otherwise, so that the app "
					+ "refreshes them. Ask again with `since` a "
					+ "minute before the `asOf` answered: a session ending in a transaction still under way when "
					+ "the list was read is listed once it commits, with the time it ended.")
	EndedSessions ended(@Parameter(description = "List sessions ended after this instant (ISO-8601)") @RequestParam(
			required = false) @Nullable Instant since) {
		return this.sessions.endedSince(since);
	}

}
