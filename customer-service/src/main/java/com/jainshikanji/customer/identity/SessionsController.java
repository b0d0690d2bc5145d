package com.jainshikanji.customer.identity;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AccessTokenClaims;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.AuthenticatedUserToken;

/**
 * Where the signed-in user is signed in, and signing one of those devices out: a lost
 * phone, a shared computer. Each user reaches their own sessions only.
 */
@RestController
@Tag(name = "Authentication")
class SessionsController {

	private final Sessions sessions;

	SessionsController(Sessions sessions) {
		this.sessions = sessions;
	}

	@GetMapping("/api/v1/auth/sessions")
	@Operation(summary = "List the caller's sessions, the one used last first",
			description = "Every device or browser signed in to the account that can still refresh its access "
					+ "token: when and where it was last active, what it said it was, when it ends unless "
					+ "refreshed, and whether it is the one asking (`current`).")
	List<SessionResponse> sessions(AuthenticatedUserToken authentication) {
		return this.sessions.of(authentication.getPrincipal().id(), sessionOf(authentication));
	}

	@DeleteMapping("/api/v1/auth/sessions/{sessionId}")
	@Operation(summary = "End one of the caller's sessions",
			description = "That device can no longer refresh its access token, which the gateway refuses "
					+ "within seconds. 404 session-not-found when the caller has no such session " + "still going.")
	ResponseEntity<Void> end(@PathVariable UUID sessionId, @AuthenticationPrincipal AuthenticatedUser user) {
		this.sessions.end(sessionId, user.id());
		return ResponseEntity.noContent().build();
	}

	/**
	 * The session the access token was issued for; none for a token issued before tokens
	 * named their session.
	 */
	private static @Nullable UUID sessionOf(AuthenticatedUserToken authentication) {
		String sessionId = authentication.getCredentials().getClaimAsString(AccessTokenClaims.SESSION_ID);
		try {
			return (sessionId != null) ? UUID.fromString(sessionId) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
