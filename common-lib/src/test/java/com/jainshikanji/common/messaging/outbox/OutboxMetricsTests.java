package com.jainshikanji.common.messaging.outbox;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.CommonLibTest;
import com.jainshikanji.common.testapp.SampleHappened;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backlog is what waits for the relay: a parked event waits for an operator (its own
 * metric and alert) and must not age the backlog until it pages as a stalled outbox; the
 * events held behind it do wait, and do.
 */
@CommonLibTest
class OutboxMetricsTests {

	private static final Instant LONG_AGO = Instant.parse("2000-01-01T00:00:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aParkedEventIsNotBacklogButTheEventsHeldBehindItAre() {
		Clock clock = Clock.systemUTC();
		String key = UUID.randomUUID().toString();
		try {
			insert(key, LONG_AGO, true);
			OutboxMetrics.Backlog parkedOnly = new OutboxMetrics(this.jdbc, clock).backlog();
			assertThat(parkedOnly.parked()).isPositive();
			assertThat(parkedOnly.oldestAgeSeconds(clock)).as("age of the oldest event waiting for the relay")
				.isLessThan(Duration.ofDays(1).toSeconds());

			insert(key, LONG_AGO.plus(Duration.ofHours(1)), false);
			OutboxMetrics.Backlog held = new OutboxMetrics(this.jdbc, clock).backlog();
			assertThat(held.events()).isPositive();
			assertThat(held.oldestAgeSeconds(clock)).as("age of the event held behind the parked one")
				.isGreaterThan(Duration.ofDays(365).toSeconds());
		}
		finally {
			this.jdbc.sql("DELETE FROM messaging.event_outbox WHERE message_key = :key").param("key", key).update();
		}
	}

	private void insert(String key, Instant createdAt, boolean parked) {
		OffsetDateTime created = createdAt.atOffset(ZoneOffset.UTC);
		this.jdbc.sql("""
				INSERT INTO messaging.event_outbox (event_id, topic, message_key, event_type, envelope, created_at,
				    strikes, parked_at)
				VALUES (:eventId, :topic, :key, 'SampleHappened', '{}', :createdAt, :strikes, :parkedAt)
				""")
			.param("eventId", UUID.randomUUID())
			.param("topic", SampleHappened.TOPIC)
			.param("key", key)
			.param("createdAt", created)
			.param("strikes", parked ? 10 : 0)
			.param("parkedAt", parked ? created.plusMinutes(5) : null, Types.TIMESTAMP_WITH_TIMEZONE)
			.update();
	}

}
