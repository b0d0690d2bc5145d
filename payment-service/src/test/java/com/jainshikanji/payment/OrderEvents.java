package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.awaitility.Awaitility.await;

/**
 * Plays the order service: publishes its events on the order topic with the common-lib
 * contracts, as it will, and waits until this service has applied them.
 */
final class OrderEvents {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	private final JdbcClient jdbc;

	OrderEvents(KafkaTemplate<String, String> kafka, EventJson json, JdbcClient jdbc) {
		this.kafka = kafka;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** An online (UPI) order of the given total, pending, payable for fifteen minutes. */
	PlacedOrder placeOnline(String total) {
		return place("upi", total, Instant.now().plus(Duration.ofMinutes(15)));
	}

	/** An online order whose time to pay is over already. */
	PlacedOrder placeOverdue(String total) {
		return place("card", total, Instant.now().minusSeconds(1));
	}

	/** A cash-on-delivery order, confirmed at once. */
	PlacedOrder placeCash(String total) {
		return place("cod", total, null);
	}

	/** An online (UPI) order of the given store, pending, payable for fifteen minutes. */
	PlacedOrder placeOnlineAt(UUID storeId, String total) {
		return place("upi", total, Instant.now().plus(Duration.ofMinutes(15)), storeId);
	}

	PlacedOrder place(String method, String total, @Nullable Instant paymentDueBy) {
		return place(method, total, paymentDueBy, UUID.randomUUID());
	}

	private PlacedOrder place(String method, String total, @Nullable Instant paymentDueBy, UUID storeId) {
		PlacedOrder order = new PlacedOrder(UUID.randomUUID(),
				"ORD" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(), UUID.randomUUID(),
				storeId, new BigDecimal(total), method);
		publish(created(order, paymentDueBy));
		awaitStatus(order, "cod".equals(method) ? "CONFIRMED" : "PENDING");
		return order;
	}

	OrderCreated created(PlacedOrder order, @Nullable Instant paymentDueBy) {
		return new OrderCreated(order.orderId(), order.number(), order.customerId(), "Asha Patel", "asha@example.com",
				null, order.storeId(), "delivery", order.method(),
				"cod".equals(order.method()) ? "confirmed" : "pending", lines(order), amounts(order), Instant.now(),
				paymentDueBy);
	}

	void cancel(PlacedOrder order) {
		publish(new OrderCancelled(order.orderId(), order.number(), order.customerId(), order.storeId(), "pending",
				"system", "Not paid in time", lines(order), amounts(order), Instant.now()));
		awaitStatus(order, "CANCELLED");
	}

	EventEnvelope deliver(PlacedOrder order, boolean cashCollected) {
		return publish(new OrderDelivered(order.orderId(), order.number(), order.customerId(), order.storeId(),
				"delivery", order.method(), cashCollected, lines(order), amounts(order), Instant.now()));
	}

	EventEnvelope requestRefund(PlacedOrder order, UUID paymentId, String amount) {
		return requestRefund(order, paymentId, amount, "Order cancelled after payment");
	}

	EventEnvelope requestRefund(PlacedOrder order, UUID paymentId, String amount, String reason) {
		return publish(new RefundRequested(order.orderId(), order.number(), order.customerId(), paymentId,
				new BigDecimal(amount), reason, Instant.now()));
	}

	EventEnvelope publish(IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		publish(envelope);
		return envelope;
	}

	void publish(EventEnvelope envelope) {
		try {
			this.kafka.send(Topics.ORDER, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	void awaitStatus(PlacedOrder order, String status) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT status FROM known_orders WHERE order_id = :id")
				.param("id", order.orderId())
				.query(String.class)
				.optional()
				.filter(status::equals)
				.isPresent());
	}

	/**
	 * Waits until this service applied the event: its inbox record commits with its
	 * effect, so an event that failed (to be retried, then dead-lettered) has none.
	 */
	void awaitApplied(EventEnvelope event) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT count(*) FROM messaging.processed_event WHERE consumer = 'payment-service.orders' "
						+ "AND event_id = :id")
				.param("id", event.eventId())
				.query(Integer.class)
				.single() == 1);
	}

	private static List<OrderLine> lines(PlacedOrder order) {
		return List.of(new OrderLine(UUID.randomUUID(), "Masala Shikanji", 1, order.total(), order.total(), null,
				List.of("Less sugar")));
	}

	private static OrderAmounts amounts(PlacedOrder order) {
		return new OrderAmounts(order.total(), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
				BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), order.total());
	}

	/**
	 * An order as the order service placed it.
	 *
	 * @param total rupees
	 * @param method upi, card, ... or cod
	 */
	record PlacedOrder(UUID orderId, String number, UUID customerId, UUID storeId, BigDecimal total, String method) {

		String customer() {
			return TestTokens.customer(this.customerId);
		}

		String staff() {
			return TestTokens.staffOf(this.storeId);
		}

		long paise() {
			return this.total.movePointRight(2).longValueExact();
		}

	}

}
