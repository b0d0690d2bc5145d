package com.jainshikanji.common.messaging.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox backlog as metrics: {@code outbox.backlog.events} (events waiting to go to
 * Kafka), {@code outbox.backlog.oldest.age} (seconds the oldest of them has waited) and
 * {@code outbox.parked.events} (events the relay gave up on, waiting for an operator; see
 * {@link ParkedEvents}). A growing age means Kafka, or the relay, is not keeping up, or a
 * parked event holds its key's later events back. Parked events themselves are not in the
 * backlog: they wait for an operator, not for the relay, and have their own metric and
 * alert; counted as backlog, one parked event alone would grow the age until it paged as
 * a stalled outbox. Read from the database at most once a second, however often they are
 * scraped.
 */
public class OutboxMetrics implements MeterBinder {

	private static final Duration MAX_STALENESS = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	private Backlog backlog = new Backlog(0, null, 0, Instant.MIN);

	public OutboxMetrics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("outbox.backlog.events", this, (metrics) -> metrics.backlog().events())
			.description("Events stored but not yet acknowledged by Kafka, parked ones excluded")
			.baseUnit("events")
			.register(registry);
		Gauge.builder("outbox.backlog.oldest.age", this, (metrics) -> metrics.backlog().oldestAgeSeconds(this.clock))
			.description("How long the oldest unpublished event that is not parked has waited")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("outbox.parked.events", this, (metrics) -> metrics.backlog().parked())
			.description("Events Kafka would not take, parked until an operator retries or discards them")
			.baseUnit("events")
			.register(registry);
	}

	/** The current backlog, read again if the last reading is over a second old. */
	public synchronized Backlog backlog() {
		Instant now = this.clock.instant();
		if (Duration.between(this.backlog.readAt(), now).compareTo(MAX_STALENESS) > 0) {
			this.backlog = this.jdbc.sql("""
					SELECT count(*) FILTER (WHERE parked_at IS NULL), min(created_at) FILTER (WHERE parked_at IS NULL),
					       count(*) FILTER (WHERE parked_at IS NOT NULL)
					FROM messaging.event_outbox
					WHERE published_at IS NULL AND discarded_at IS NULL
					""").query((rs, row) -> {
				Timestamp oldest = rs.getTimestamp(2);
				return new Backlog(rs.getLong(1), (oldest != null) ? oldest.toInstant() : null, rs.getLong(3), now);
			}).single();
		}
		return this.backlog;
	}

	/**
	 * A reading of the backlog.
	 *
	 * @param events how many events wait to be sent, those held behind a parked event
	 * included, parked ones not
	 * @param oldest when the oldest of them was stored, {@code null} if none wait
	 * @param parked how many events the relay parked
	 * @param readAt when this was read
	 */
	public record Backlog(long events, Instant oldest, long parked, Instant readAt) {

		double oldestAgeSeconds(Clock clock) {
			return (this.oldest != null)
					? Math.max(0, Duration.between(this.oldest, clock.instant()).toMillis() / 1000.0) : 0;
		}

	}

}
