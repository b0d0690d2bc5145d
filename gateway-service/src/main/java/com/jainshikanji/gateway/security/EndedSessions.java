package com.jainshikanji.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.web.client.RestClient;

import com.jainshikanji.common.security.AccessTokens;
import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * The sessions that ended lately (logout, ended from another device, a password changed
 * or reset, an account deactivated), and the users whose access changed (staff assigned
 * to a store, given another job or removed from one), learnt from the identity service
 * every {@link EndedSessionsProperties#pollInterval() few seconds}: an access token
 * naming such a session in its {@code sid}, or saying what such a user could do before
 * the change, is refused from then on, instead of until it expires. Each session is
 * remembered for as long as an access token lives after it ended (and the clock skew
 * verification allows), so the set holds only what can still be presented.
 * <p>
 * Asking is a plain HTTP call to customer-service with the gateway's own SERVICE token,
 * off the event loop on a thread of its own; a request only looks the session up in
 * memory. While the identity service cannot be asked, what is known stays refused and
 * sessions ending meanwhile pass until their tokens expire, as they all did before; the
 * {@code gateway.sessions.ended.staleness} gauge says for how long, for an alert.
 */
final class EndedSessions implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EndedSessions.class);

	/**
	 * How long the identity service may take to answer at first before that is logged.
	 */
	private static final Duration STARTING = Duration.ofMinutes(1);

	/**
	 * How long after an access change a token may still be issued from the account as it
	 * was read before the change committed. Longer only means that a second change within
	 * it refuses the token refreshed after the first until the gateway learns of the
	 * second, a poll later.
	 */
	private static final Duration ISSUING = Duration.ofSeconds(5);

	private final Map<String, Instant> refusedUntil = new ConcurrentHashMap<>();

	/** By user id: when their access last changed, and until when that matters. */
	private final Map<UUID, AccessChange> accessChanges = new ConcurrentHashMap<>();

	private final RestClient identity;

	private final EndedSessionsProperties properties;

	private final Duration clockSkew;

	private final Clock clock;

	private volatile @Nullable Instant since;

	/**
	 * When the identity service last answered; until it first does, when this started.
	 */
	private volatile Instant lastAnswer;

	private volatile boolean answered;

	private volatile boolean failing;

	private @Nullable ScheduledExecutorService poller;

	EndedSessions(RestClient identity, EndedSessionsProperties properties, Duration clockSkew, Clock clock,
			MeterRegistry meters) {
		this.identity = identity;
		this.properties = properties;
		this.clockSkew = clockSkew;
		this.clock = clock;
		this.lastAnswer = clock.instant();
		Gauge.builder("gateway.sessions.ended", this.refusedUntil, Map::size)
			.description("Ended sessions whose access tokens the gateway refuses")
			.register(meters);
		Gauge.builder("gateway.sessions.ended.staleness", this, EndedSessions::staleness)
			.description("Seconds since the identity service last said which sessions ended")
			.baseUnit("seconds")
			.register(meters);
	}

	/** Whether the session an access token names has ended. */
	boolean contains(@Nullable String sessionId) {
		if (sessionId == null) {
			return false;
		}
		Instant until = this.refusedUntil.get(sessionId);
		return until != null && this.clock.instant().isBefore(until);
	}

	/**
	 * Whether the token says what its user may do as it was before their access (stores,
	 * jobs) changed: it was issued before the change, or within moments of it (tokens say
	 * when they were issued to the second, and a refresh may read the account just before
	 * the change commits) saying otherwise than the identity service says now.
	 */
	boolean outdated(AuthenticatedUser user, @Nullable Instant issuedAt) {
		AccessChange change = this.accessChanges.get(user.id());
		if (change == null || issuedAt == null || !this.clock.instant().isBefore(change.until())) {
			return false;
		}
		if (issuedAt.isBefore(change.changedAt().truncatedTo(ChronoUnit.SECONDS))) {
			return true;
		}
		return change.access() != null && issuedAt.isBefore(change.changedAt().plus(ISSUING))
				&& !change.access().equals(user);
	}

	/**
	 * Asks the identity service once for the sessions ended since it last answered (all
	 * that can still matter, the first time), and forgets those whose tokens have all
	 * expired.
	 */
	void refresh() {
		Answer answer = this.identity.get()
			.uri((uri) -> uri.path("/api/v1/auth/ended-sessions")
				.queryParamIfPresent("since", Optional.ofNullable(this.since))
				.build())
			.retrieve()
			.body(Answer.class);
		if (answer == null) {
			throw new IllegalStateException("The identity service answered no ended sessions");
		}
		Duration refused = answer.accessTokenTtl().plus(this.clockSkew);
		for (Answer.Ended ended : answer.sessions()) {
			this.refusedUntil.merge(ended.id().toString(), ended.endedAt().plus(refused),
					(known, later) -> later.isAfter(known) ? later : known);
		}
		for (Answer.AccessChanged changed : (answer.accessChanged() != null) ? answer.accessChanged()
				: List.<Answer.AccessChanged>of()) {
			AccessChange change = new AccessChange(changed.changedAt(), changed.changedAt().plus(refused),
					changed.access());
			this.accessChanges.merge(changed.userId(), change,
					(known, later) -> later.changedAt().isAfter(known.changedAt()) ? later : known);
		}
		Instant now = this.clock.instant();
		this.refusedUntil.values().removeIf((until) -> !now.isBefore(until));
		this.accessChanges.values().removeIf((change) -> !now.isBefore(change.until()));
		this.since = answer.asOf().minus(this.properties.overlap());
		this.lastAnswer = now;
		this.answered = true;
	}

	private void poll() {
		try {
			refresh();
			if (this.failing) {
				log.info("The identity service says again which sessions ended");
				this.failing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!this.answered && staleness() < STARTING.toSeconds()) {
				// The gateway often starts before the identity service is up.
				log.debug("The identity service cannot say yet which sessions ended: {}", ex.toString());
			}
			else if (!this.failing) {
				log.warn("Could not learn which sessions ended (tokens of sessions ending now pass until they "
						+ "expire): {}", ex.toString());
				this.failing = true;
			}
		}
	}

	private double staleness() {
		return Duration.between(this.lastAnswer, this.clock.instant()).toMillis() / 1000.0;
	}

	@Override
	public synchronized void start() {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ended-sessions").factory());
		executor.scheduleWithFixedDelay(this::poll, 0, this.properties.pollInterval().toMillis(),
				TimeUnit.MILLISECONDS);
		this.poller = executor;
	}

	@Override
	public synchronized void stop() {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.poller != null;
	}

	/**
	 * What {@code GET /api/v1/auth/ended-sessions} answers ({@code accessChanged} is
	 * missing from an identity service older than it).
	 */
	record Answer(Instant asOf, Duration accessTokenTtl, List<Ended> sessions,
			@Nullable List<AccessChanged> accessChanged) {

		record Ended(UUID id, Instant endedAt) {
		}

		/**
		 * One user's access change, with what their tokens say since ({@code roles} and
		 * the rest are missing from an identity service older than them).
		 */
		record AccessChanged(UUID userId, Instant changedAt, @Nullable List<String> roles,
				@Nullable List<String> storeIds, @Nullable Map<String, Object> storeJobs) {

			/** What the user may do since the change, if the answer says. */
			@Nullable AuthenticatedUser access() {
				return (this.roles != null && this.storeIds != null)
						? AccessTokens.user(this.userId, this.roles, this.storeIds, this.storeJobs) : null;
			}

		}

	}

	/**
	 * @param access what the user may do since, when the identity service says
	 */
	private record AccessChange(Instant changedAt, Instant until, @Nullable AuthenticatedUser access) {
	}

}
