package com.jainshikanji.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.notification.NotificationServiceTest;
import com.jainshikanji.notification.channel.EmailSender;
import com.jainshikanji.notification.channel.PushProvider;
import com.jainshikanji.notification.channel.SendOutcome;
import com.jainshikanji.notification.channel.SmsProvider;
import com.jainshikanji.notification.device.DeviceRegistry;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.preference.NotificationPreferences;
import com.jainshikanji.notification.template.SampleVariables;
import com.jainshikanji.notification.template.TemplateCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances share the queue, and a batch may outlast its lease: a delivery is
 * sent, and its outcome recorded, only by the worker that holds it now. Each worker here
 * is a courier of its own with an SMS provider that notes what it sends; the deliveries
 * are held far ahead, so the service's own workers leave them alone.
 */
@NotificationServiceTest
class CourierLeaseTests {

	@Autowired
	Deliveries deliveries;

	@Autowired
	DeliveryQueue queue;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	TemplateCatalog templates;

	@Autowired
	AccountLinks accountLinks;

	@Autowired
	EmailSender email;

	@Autowired
	PushProvider push;

	@Autowired
	DeviceRegistry devices;

	@Autowired
	NotificationPreferences preferences;

	@Autowired
	DeliveryTraces traces;

	@Autowired
	DeliveryProperties properties;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWorkerWhoseLeaseRanOutAndWasTakenOverDoesNotSend() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID delivery = queuedAndTakenBy(first);
		// The first worker's batch outlasted its lease, and the second worker took the
		// delivery.
		take(delivery, second);
		List<String> sentByFirst = new CopyOnWriteArrayList<>();
		List<String> sentBySecond = new CopyOnWriteArrayList<>();

		courier(texts(sentByFirst, "SM-first")).deliver(delivery, first);
		courier(texts(sentBySecond, "SM-second")).deliver(delivery, second);
		courier(texts(sentByFirst, "SM-first")).deliver(delivery, first);

		assertThat(sentByFirst).isEmpty();
		assertThat(sentBySecond).singleElement().asString().contains("is ready");
		assertThat(row(delivery)).containsEntry("status", "SENT")
			.containsEntry("attempts", 1)
			.containsEntry("provider_id", "SM-second");
		assertThat(attempts(delivery)).isOne();
	}

	@Test
	void aWorkerWhoseDeliveryWasTakenOverWhileItWasSendingRecordsNothing() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID delivery = queuedAndTakenBy(first);
		Courier slow = courier((phone, text) -> {
			// So slow that its lease ran out and the second worker took the delivery.
			take(delivery, second);
			return SendOutcome.retry("The SMS provider timed out");
		});
		List<String> sentBySecond = new CopyOnWriteArrayList<>();

		slow.deliver(delivery, first);
		assertThat(row(delivery)).containsEntry("status", "PENDING").containsEntry("attempts", 0);

		courier(texts(sentBySecond, "SM-second")).deliver(delivery, second);
		assertThat(sentBySecond).hasSize(1);
		assertThat(row(delivery)).containsEntry("status", "SENT").containsEntry("attempts", 1);
		assertThat(attempts(delivery)).isOne();
	}

	private Courier courier(SmsProvider sms) {
		return new Courier(this.deliveries, this.transactionManager, this.templates, this.accountLinks, this.email, sms,
				this.push, this.devices, this.preferences, this.traces, this.properties, this.meters, this.clock);
	}

	private static SmsProvider texts(List<String> sent, String providerId) {
		return (phone, text) -> {
			sent.add(text);
			return SendOutcome.sent(providerId);
		};
	}

	/** An SMS queued as an event queues it, taken at once by a worker. */
	private UUID queuedAndTakenBy(UUID lease) {
		UUID source = UUID.randomUUID();
		return new TransactionTemplate(this.transactionManager).execute((status) -> {
			this.queue.enqueue(source, UUID.randomUUID(), Channel.SMS, NotificationKind.ORDER_READY, "+919800000001",
					SampleVariables.of(NotificationKind.ORDER_READY));
			UUID id = this.jdbc.sql("SELECT id FROM deliveries WHERE source_id = :source")
				.param("source", source)
				.query(UUID.class)
				.single();
			take(id, lease);
			return id;
		});
	}

	/** What a worker's batch does to each delivery it takes. */
	private void take(UUID delivery, UUID lease) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> this.deliveries
			.lease(List.of(delivery), this.clock.instant().plus(Duration.ofHours(1)), lease));
	}

	private java.util.Map<String, Object> row(UUID delivery) {
		return this.jdbc.sql("SELECT status, attempts, provider_id FROM deliveries WHERE id = :id")
			.param("id", delivery)
			.query()
			.singleRow();
	}

	private int attempts(UUID delivery) {
		return this.jdbc.sql("SELECT count(*) FROM delivery_attempts WHERE delivery_id = :id")
			.param("id", delivery)
			.query(Integer.class)
			.single();
	}

}
