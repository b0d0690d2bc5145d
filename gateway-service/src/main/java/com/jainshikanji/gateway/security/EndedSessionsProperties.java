package com.jainshikanji.gateway.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway learns which sessions ended ({@link EndedSessions}).
 *
 * @param enabled whether it asks at all; off, a session's access tokens pass until they
 * expire
 * @param uri the identity service (customer-service)
 * @param pollInterval how often it asks: a session's tokens are refused this long after
 * it ended, and a little more
 * @param overlap how far before the last answer's {@code asOf} the next question starts,
 * so that a session ended in a transaction still committing then is not missed
 * @param timeout connect and read timeout of each question
 */
@ConfigurationProperties("gateway.ended-sessions")
record EndedSessionsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("http://localhost:8081") URI uri,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("1m") Duration overlap,
		@DefaultValue("2s") Duration timeout) {
}
