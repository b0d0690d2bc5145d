package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderAmounts;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order service's events move the stock it reserved: a confirmed order sells it, a
 * cancelled one gives it back, exactly once whatever the path and however often the
 * events arrive.
 */
@InventoryServiceTest
class OrderEventsTests {

	private static final String RESERVATIONS = "/api/v1/inventory/reservations";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	UUID store;

	Object product;

	UUID orderId;

	Object reservation;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.product = this.api.createProduct().get("id");
		this.api.stock(this.store, this.product, 10, 1);
		this.orderId = UUID.randomUUID();
		this.reservation = Api
			.json(this.api.post(RESERVATIONS, Api.service(), Bodies.reserve(this.orderId, this.store, this.product, 3)),
					201)
			.get("id");
	}

	@Test
	void aConfirmedOrderSellsItsReservedStockOnce() throws Exception {
		publish(confirmed());
		publish(confirmed());

		awaitStatus("COMMITTED");
		assertThat(stock()).containsEntry("currentStock", 7).containsEntry("reserved", 0).containsEntry("available", 7);
		assertThat(adjustments("SOLD")).isEqualTo(1);
	}

	@Test
	void anOrderCancelledBeforeItWasConfirmedReleasesItsStock() throws Exception {
		publish(cancelled("pending"));

		awaitStatus("RELEASED");
		assertThat(stock()).containsEntry("currentStock", 10).containsEntry("reserved", 0);
	}

	@Test
	void anOrderCancelledAfterItWasConfirmedGetsItsSoldStockBackExactlyOnce() throws Exception {
		publish(confirmed());
		awaitStatus("COMMITTED");

		EventEnvelope cancellation = this.json.envelope(cancelled("preparing"), Instant.now(), null);
		publish(cancellation);
		publish(cancellation);
		publish(cancelled("preparing"));

		awaitStatus("RETURNED");
		Thread.sleep(1000);
		assertThat(stock()).containsEntry("currentStock", 10)
			.containsEntry("reserved", 0)
			.containsEntry("available", 10);
		assertThat(adjustments("ORDER_CANCELLED")).isEqualTo(1);
	}

	@Test
	void aConfirmationOvertakenByItsCancellationSellsNothing() throws Exception {
		publish(cancelled("confirmed"));
		awaitStatus("RELEASED");

		publish(confirmed());
		Thread.sleep(1000);

		assertThat(status()).isEqualTo("RELEASED");
		assertThat(stock()).containsEntry("currentStock", 10).containsEntry("reserved", 0);
		assertThat(adjustments("SOLD")).isZero();
	}

	private OrderConfirmed confirmed() {
		return new OrderConfirmed(this.orderId, "ORD20261201-000001", UUID.randomUUID(), this.store, "upi",
				UUID.randomUUID(), List.of(), amounts(), Instant.now());
	}

	private OrderCancelled cancelled(String from) {
		return new OrderCancelled(this.orderId, "ORD20261201-000001", UUID.randomUUID(), this.store, from, "customer",
				"Changed my mind", List.of(), amounts(), Instant.now());
	}

	private static OrderAmounts amounts() {
		BigDecimal zero = BigDecimal.ZERO;
		return new OrderAmounts(new BigDecimal("120.00"), new BigDecimal("6.00"), zero, zero, zero,
				new BigDecimal("126.00"));
	}

	private void publish(IntegrationEvent event) throws Exception {
		publish(this.json.envelope(event, Instant.now(), null));
	}

	private void publish(EventEnvelope envelope) throws Exception {
		this.kafka.send(Topics.ORDER, envelope.aggregateId(), this.json.write(envelope)).get();
	}

	private void awaitStatus(String status) {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(status()).isEqualTo(status));
	}

	private String status() {
		return (String) Api.ok(this.api.get(RESERVATIONS + "/" + this.reservation, Api.ADMIN)).get("status");
	}

	private Map<String, Object> stock() {
		return Api.ok(this.api.get(Api.stockPath(this.store, this.product), Api.ADMIN));
	}

	private int adjustments(String reason) {
		return this.jdbc
			.sql("SELECT count(*) FROM stock_adjustments WHERE store_id = :store AND product_id = :product"
					+ " AND reason = :reason")
			.param("store", this.store)
			.param("product", UUID.fromString(this.product.toString()))
			.param("reason", reason)
			.query(Integer.class)
			.single();
	}

}
