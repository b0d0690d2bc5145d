package com.jainshikanji.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.jainshikanji.common.messaging.MessagingAutoConfiguration.TraceparentSupplier;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Where notifications wait for their channel's worker: a table, written in the
 * transaction of the event that caused them, so an event is consumed (and its Kafka
 * partition moves on) without waiting for any provider. Each delivery keeps the trace it
 * was queued in, which the worker continues when it sends it ({@link DeliveryTraces}).
 * The worker of the channel is woken once the transaction commits.
 */
@Service
public class DeliveryQueue {

	/**
	 * The variable an account email's token waits in, sealed, until it is sent (see
	 * {@code AccountLinks}).
	 */
	public static final String SEALED_TOKEN = "sealedToken";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private final DeliveryWorkers workers;

	private final TraceparentSupplier traceparent;

	private final Clock clock;

	DeliveryQueue(JdbcClient jdbc, DeliveryWorkers workers, ObjectProvider<TraceparentSupplier> traceparent,
			Clock clock) {
		this.jdbc = jdbc;
		this.workers = workers;
		// The outbox's own: the context queued with the delivery is the one events are
		// sent in.
		this.traceparent = traceparent.getIfAvailable(() -> () -> null);
		this.clock = clock;
	}

	/**
	 * Queues a notification for a channel, unless the same source already queued one for
	 * this recipient and channel.
	 * @param address the email address or phone number; {@code null} for push, which goes
	 * to the recipient's devices of the moment
	 * @param variables the data its template is rendered with when it is sent
	 * @return whether it was queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(UUID sourceId, UUID recipientId, Channel channel, NotificationKind kind,
			@Nullable String address, Map<String, @Nullable Object> variables) {
		if (channel == Channel.IN_APP) {
			throw new IllegalArgumentException("In-app notifications are not delivered through the queue");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		boolean queued = this.jdbc.sql("""
				INSERT INTO deliveries (id, source_id, recipient_id, channel, kind, address, variables, status,
				    attempts, attempts_before_retry, next_attempt_at, traceparent, created_at)
				VALUES (:id, :sourceId, :recipientId, :channel, :kind, :address, CAST(:variables AS JSONB), 'PENDING',
				    0, 0, :now, :traceparent, :now)
				ON CONFLICT (source_id, recipient_id, channel) DO NOTHING
				""")
			.param("id", UUID.randomUUID())
			.param("sourceId", sourceId)
			.param("recipientId", recipientId)
			.param("channel", channel.name())
			.param("kind", kind.name())
			.param("address", address)
			.param("variables", this.json.writeValueAsString(variables))
			.param("traceparent", this.traceparent.get())
			.param("now", now)
			.update() == 1;
		if (queued && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					DeliveryQueue.this.workers.wakeUp(channel);
				}
			});
		}
		return queued;
	}

}
