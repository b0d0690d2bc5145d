package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jainshikanji.customer.profile.CustomerAccounts.AccessChange;

/**
 * Sessions ended lately (logout, ended from another device, every session of an account
 * after a password change or reset or its deactivation, a refresh token used twice), and
 * users whose access changed lately, for the gateway to refuse the access tokens issued
 * before until those expire.
 *
 * @param asOf when the list was read: the next one asks from a little before it, since a
 * session ending in a transaction still under way is listed once it commits, with the
 * time it ended
 * @param accessTokenTtl how long an access token lives: the gateway refuses a session's
 * tokens that long after it ended, and no longer
 * @param sessions the sessions, each once
 * @param accessChanged the users whose access changed (staff assigned to a store, given
 * another job there or removed from it), with when and what they may do now: their access
 * tokens issued before carry the old stores and jobs, and are refused so that the app
 * refreshes them
 */
record EndedSessions(Instant asOf, Duration accessTokenTtl, List<Ended> sessions, List<AccessChanged> accessChanged) {

	/**
	 * One ended session.
	 *
	 * @param id the session, as access tokens name it ({@code sid})
	 * @param endedAt when it ended
	 */
	record Ended(UUID id, Instant endedAt) {
	}

	/**
	 * One user whose access changed, and what they may do since, in the claims their
	 * access tokens carry ({@link AccessClaims}): a token issued within moments of the
	 * change may have been issued from the account as it was just before, and is refused
	 * unless it says the same.
	 *
	 * @param userId whose ({@code sub})
	 * @param changedAt when
	 */
	record AccessChanged(UUID userId, Instant changedAt, List<String> roles, List<String> storeIds,
			Map<String, String> storeJobs) {

		static AccessChanged of(AccessChange change) {
			AccessClaims claims = AccessClaims.of(change.account());
			return new AccessChanged(change.account().id(), change.changedAt(), claims.roles(), claims.storeIds(),
					claims.storeJobs());
		}

	}

}
