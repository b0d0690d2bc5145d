package com.jainshikanji.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderLine;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.awaitility.Awaitility.await;

/**
 * Plays the order service: delivers orders by publishing {@link OrderDelivered} on the
 * order topic with the common-lib contract, as it does, and waits until this service has
 * taken them in.
 */
public final class Deliveries {

	private final KafkaTemplate<String, String> kafka;

	private final EventJson json;

	private final JdbcClient jdbc;

	public Deliveries(KafkaTemplate<String, String> kafka, EventJson json, JdbcClient jdbc) {
		this.kafka = kafka;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** A new customer's order of the given products, one line each, at a new store. */
	public static DeliveredOrder order(UUID... products) {
		return orderFor(UUID.randomUUID(), UUID.randomUUID(), products);
	}

	/** The given customer's order of the given products at the given store. */
	public static DeliveredOrder orderFor(UUID customerId, UUID storeId, UUID... products) {
		List<OrderLine> lines = new ArrayList<>();
		for (UUID product : products) {
			lines.add(line(product, "Product " + product.toString().substring(0, 8), 1));
		}
		return new DeliveredOrder(UUID.randomUUID(),
				"ORD" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(), customerId,
				storeId, lines);
	}

	public static OrderLine line(UUID product, String name, int quantity) {
		BigDecimal price = new BigDecimal("50.00");
		BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
		return new OrderLine(product, name, quantity, price, total, null, List.of());
	}

	/** Publishes the order's delivery and waits until its products are reviewable. */
	public DeliveredOrder deliver(DeliveredOrder order) {
		publish(order.delivered());
		awaitReviewable(order);
		return order;
	}

	public EventEnvelope publish(IntegrationEvent event) {
		EventEnvelope envelope = this.json.envelope(event, Instant.now(), null);
		publish(envelope);
		return envelope;
	}

	public void publish(EventEnvelope envelope) {
		try {
			this.kafka.send(Topics.ORDER, envelope.aggregateId(), this.json.write(envelope)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void awaitReviewable(DeliveredOrder order) {
		long products = order.lines().stream().map(OrderLine::productId).distinct().count();
		await().atMost(Duration.ofSeconds(30)).until(() -> reviewableItems(order.orderId()) == products);
	}

	public long reviewableItems(UUID orderId) {
		return this.jdbc.sql("SELECT count(*) FROM reviewable_items WHERE order_id = :id")
			.param("id", orderId)
			.query(Long.class)
			.single();
	}

	/**
	 * An order as the order service delivered it.
	 */
	public record DeliveredOrder(UUID orderId, String number, UUID customerId, UUID storeId, List<OrderLine> lines) {

		public OrderDelivered delivered() {
			BigDecimal subtotal = this.lines.stream()
				.map(OrderLine::lineTotal)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal zero = BigDecimal.ZERO.setScale(2);
			return new OrderDelivered(this.orderId, this.number, this.customerId, this.storeId, "delivery", "upi",
					false, this.lines, new OrderAmounts(subtotal, zero, zero, zero, zero, subtotal), Instant.now());
		}

		public UUID product(int index) {
			return this.lines.get(index).productId();
		}

		/** A token of the customer who received it. */
		public String customer() {
			return TestTokens.customer(this.customerId);
		}

		/** A token of staff of the store that fulfilled it. */
		public String staff() {
			return TestTokens.staffOf(this.storeId);
		}

		/** A review of one of its products, by its customer. */
		public ReviewDraft review(int index) {
			return ReviewDraft.of(this.orderId, product(index));
		}

	}

}
