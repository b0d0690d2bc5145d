package com.jainshikanji.gateway.security;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import com.jainshikanji.common.security.AccessTokenClaims;
import com.jainshikanji.common.security.AuthenticatedUserToken;

/**
 * Refuses a verified access token whose session has ended ({@link EndedSessions}): the
 * client is told its token is invalid, as for an expired one, and its refresh fails too,
 * so it signs in again. Tokens that name no session (the services' own) pass. A token
 * saying what its user could do before their access changed is refused the same way, and
 * its refresh brings the new stores and jobs.
 */
final class OpenSessionsOnly implements ReactiveAuthenticationManager {

	private final ReactiveAuthenticationManager verifier;

	private final EndedSessions ended;

	OpenSessionsOnly(ReactiveAuthenticationManager verifier, EndedSessions ended) {
		this.verifier = verifier;
		this.ended = ended;
	}

	@Override
	public Mono<Authentication> authenticate(Authentication authentication) {
		return this.verifier.authenticate(authentication).handle((verified, sink) -> {
			if (verified instanceof AuthenticatedUserToken user
					&& this.ended.contains(user.getCredentials().getClaimAsString(AccessTokenClaims.SESSION_ID))) {
				sink.error(new InvalidBearerTokenException("The session of this access token has ended"));
			}
			else if (verified instanceof AuthenticatedUserToken user
					&& this.ended.outdated(user.getPrincipal(), user.getCredentials().getIssuedAt())) {
				sink.error(new InvalidBearerTokenException("The user's access changed after this token was issued"));
			}
			else {
				sink.next(verified);
			}
		});
	}

}
