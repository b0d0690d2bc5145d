package com.jainshikanji.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * What the service recorded, read straight from its tables: deliveries, attempts, in-app
 * notifications and the events it consumed; and, for sends to one person, a person it
 * knows.
 */
final class Ledger {

	private final JdbcClient jdbc;

	Ledger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A customer the service knows without an email address or phone (as a loyalty event
	 * tells it of one), whom only their app reaches: an admin may send to them.
	 */
	UUID known(UUID customer) {
		this.jdbc.sql("INSERT INTO recipients (user_id) VALUES (:customer)").param("customer", customer).update();
		return customer;
	}

	/**
	 * The recipient's deliveries: kind, channel, status, attempts, address, provider id,
	 * error.
	 */
	List<Map<String, Object>> deliveries(UUID recipient) {
		return this.jdbc.sql("""
				SELECT id, kind, channel, status, attempts, address, provider_id, last_error, source_id
				FROM deliveries WHERE recipient_id = :recipient ORDER BY created_at, channel
				""").param("recipient", recipient).query().listOfRows();
	}

	List<Map<String, Object>> attempts(Object deliveryId) {
		return this.jdbc
			.sql("""
					SELECT attempt, result, provider_id, error FROM delivery_attempts WHERE delivery_id = :id ORDER BY attempt
					""")
			.param("id", deliveryId)
			.query()
			.listOfRows();
	}

	/** The recipient's in-app notifications, oldest first: kind, title, body. */
	List<Map<String, Object>> inApp(UUID recipient) {
		return this.jdbc.sql("""
				SELECT kind, title, body, source_id FROM in_app_notifications WHERE user_id = :recipient
				ORDER BY created_at, id
				""").param("recipient", recipient).query().listOfRows();
	}

	/** Waits until none of the recipient's deliveries is pending, and returns them. */
	List<Map<String, Object>> settled(UUID recipient, int count) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			List<Map<String, Object>> deliveries = deliveries(recipient);
			return deliveries.size() >= count
					&& deliveries.stream().noneMatch((delivery) -> "PENDING".equals(delivery.get("status")));
		});
		return deliveries(recipient);
	}

	/**
	 * Waits until the service has consumed the event (every earlier event of its key
	 * included).
	 */
	void consumed(String consumer, UUID eventId) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM messaging.processed_event WHERE consumer = :consumer AND event_id = :id")
				.param("consumer", consumer)
				.param("id", eventId)
				.query(Integer.class)
				.single() == 1);
	}

}
