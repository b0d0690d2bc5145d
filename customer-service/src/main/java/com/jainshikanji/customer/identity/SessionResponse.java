package com.jainshikanji.customer.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of the caller's sessions: a device or browser that signed in and can still refresh
 * its access token.
 *
 * @param id the session, to end it with
 * @param current whether it is the session the request came from (the access token's
 * {@code sid}); an access token issued before sessions were named in it has none
 * @param signedInAt when it started: the login
 * @param lastActiveAt when it last signed in or refreshed its access token
 * @param expiresAt when it ends unless it is refreshed before
 * @param userAgent what the device said it was then
 * @param ipAddress where it was then
 */
record SessionResponse(UUID id, boolean current, Instant signedInAt, Instant lastActiveAt, Instant expiresAt,
		@Nullable String userAgent, @Nullable String ipAddress) {
}
