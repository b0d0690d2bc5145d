package com.jainshikanji.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.order.RefundRequested;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.order.order.OrderPayments;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga with the payment service, over real Kafka: payments confirm orders or cancel
 * them, unpaid orders are cancelled when their window closes, money that arrives for a
 * cancelled order goes back, and no event has a second effect.
 */
@OrderServiceTest
class PaymentSagaTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	OrderPayments payments;

	Api api;

	Shop shop;

	Events events;

	@BeforeEach
	void setUp() {
		Downstreams.reset();
		this.api = new Api(this.client);
		this.shop = Shop.open();
		this.events = new Events(this.kafka, this.json, this.jdbc);
	}

	@Test
	void aCompletedPaymentConfirmsThePendingOrder() {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		UUID payment = UUID.randomUUID();

		this.events.publish(completed(order, payment));

		this.events.awaitOrder(order.get("id"), "confirmed", "completed");
		assertThat(Events.readFromKafka(order.get("id"), OrderConfirmed.class))
			.contains("\"paymentId\":\"" + payment + "\"", "\"orderNumber\":\"" + order.get("orderNumber") + "\"");
	}

	@Test
	void aPaymentAnnouncedAgainHasNoSecondEffect() throws Exception {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		PaymentCompleted payment = completed(order, UUID.randomUUID());

		EventEnvelope first = this.events.publish(payment);
		this.events.publish(first, Topics.PAYMENT);
		// The same capture announced under another event id (a provider's webhook
		// seen twice).
		this.events.publish(payment);
		this.events.awaitOrder(order.get("id"), "confirmed", "completed");
		Thread.sleep(1500);

		assertThat(this.events.published(order.get("id"), OrderConfirmed.class)).isEqualTo(1);
		assertThat(this.events.published(order.get("id"), OrderStatusChanged.class)).isEqualTo(1);
		assertThat(this.events.published(order.get("id"), RefundRequested.class)).isZero();
	}

	@Test
	void aFailedPaymentCancelsThePendingOrder() {
		Map<String, Object> order = this.shop.placeOnline(this.api);

		this.events
			.publish(new PaymentFailed(UUID.randomUUID(), Api.id(order), total(order), "Card declined", Instant.now()));

		this.events.awaitOrder(order.get("id"), "cancelled", "failed");
		assertThat(Events.readFromKafka(order.get("id"), OrderCancelled.class)).contains("\"cancelledBy\":\"system\"",
				"Card declined");
	}

	@Test
	void aFailureAfterASuccessDoesNotUndoIt() throws Exception {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		this.events.publish(completed(order, UUID.randomUUID()));
		this.events.awaitOrder(order.get("id"), "confirmed", "completed");

		this.events
			.publish(new PaymentFailed(UUID.randomUUID(), Api.id(order), total(order), "Late decline", Instant.now()));
		Thread.sleep(1500);

		assertThat(this.events.state(order.get("id"))).containsEntry("status", "confirmed");
		assertThat(this.events.published(order.get("id"), OrderCancelled.class)).isZero();
	}

	@Test
	void anOrderNotPaidInTimeIsCancelledAndItsStockGoesBack() {
		Map<String, Object> order = this.shop.placeOnline(this.api);

		windowClosed(order.get("id"));

		this.events.awaitOrder(order.get("id"), "cancelled", "cancelled");
		assertThat(Events.readFromKafka(order.get("id"), OrderCancelled.class))
			.contains("\"previousStatus\":\"pending\"", "Not paid in time");
	}

	@Test
	void everyUnpaidOrderIsCancelledExactlyOnceHoweverManyInstancesLook() throws Exception {
		List<Object> orders = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			orders.add(this.shop.placeOnline(this.api).get("id"));
		}
		orders.forEach(this::windowClosed);

		// Two more "instances" besides the scheduled job, all at once.
		try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
			List<Future<Integer>> cancelled = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				cancelled.add(instances.submit(() -> {
					int count = 0;
					while (this.payments.cancelNextUnpaid()) {
						count++;
					}
					return count;
				}));
			}
			for (Future<Integer> count : cancelled) {
				count.get();
			}
		}

		await().untilAsserted(() -> assertThat(orders)
			.allSatisfy((id) -> assertThat(this.events.state(id)).containsEntry("status", "cancelled")));
		assertThat(orders).allSatisfy((id) -> assertThat(this.events.published(id, OrderCancelled.class)).isEqualTo(1));
	}

	@Test
	void aPaymentForAnOrderAlreadyCancelledIsRefundedNeverConfirmed() {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		Api.ok(this.api.post(Api.ORDERS + "/" + order.get("id") + "/cancel", this.shop.customer,
				Map.of("reason", "Ordered by mistake")));
		UUID payment = UUID.randomUUID();

		this.events.publish(completed(order, payment));

		this.events.awaitOrder(order.get("id"), "cancelled", "completed");
		assertThat(Events.readFromKafka(order.get("id"), RefundRequested.class))
			.contains("\"paymentId\":\"" + payment + "\"", "\"amount\":" + total(order).doubleValue());
		assertThat(this.events.published(order.get("id"), OrderConfirmed.class)).isZero();
	}

	/**
	 * An order cancelled with nothing paid never shows its money as still to come: cash
	 * on delivery cancelled by its customer or rejected by the store, an online order
	 * cancelled before its payment. A payment that completes after all is refunded (and
	 * shown as taken until it is).
	 */
	@Test
	void anOrderCancelledWithNothingPaidSaysSoAndALatePaymentIsStillRefunded() {
		Map<String, Object> cashByCustomer = this.shop.placeCashOnDelivery(this.api);
		Map<String, Object> cashByStore = this.shop.placeCashOnDelivery(this.api);
		Map<String, Object> online = this.shop.placeOnline(this.api);

		assertThat(Api.ok(this.api.post(Api.ORDERS + "/" + cashByCustomer.get("id") + "/cancel", this.shop.customer,
				Map.of("reason", "Ordered by mistake"))))
			.containsEntry("status", "cancelled")
			.containsEntry("paymentStatus", "cancelled");
		assertThat(Api.ok(this.api.put(Api.ORDERS + "/" + cashByStore.get("id") + "/status",
				TestTokens.staffOf(this.shop.storeId), Map.of("status", "cancelled", "note", "Out of lemons"))))
			.containsEntry("paymentStatus", "cancelled");
		assertThat(Api.ok(this.api.post(Api.ORDERS + "/" + online.get("id") + "/cancel", this.shop.customer,
				Map.of("reason", "Changed my mind"))))
			.containsEntry("paymentStatus", "cancelled");
		for (Map<String, Object> order : List.of(cashByCustomer, cashByStore, online)) {
			assertThat(this.events.state(order.get("id"))).containsEntry("payment_status", "cancelled");
			assertThat(Api.items(Api.ok(this.api.get(Api.ORDERS, this.shop.customer))))
				.filteredOn((summary) -> order.get("id").equals(summary.get("id")))
				.singleElement()
				.satisfies((summary) -> assertThat(summary).containsEntry("paymentStatus", "cancelled"));
		}
		assertThat(this.events.published(online.get("id"), RefundRequested.class)).isZero();

		UUID late = UUID.randomUUID();
		this.events.publish(completed(online, late));
		this.events.awaitOrder(online.get("id"), "cancelled", "completed");
		assertThat(Events.readFromKafka(online.get("id"), RefundRequested.class))
			.contains("\"paymentId\":\"" + late + "\"");
	}

	@Test
	void cancellingAPaidOrderRefundsItAndTheRefundCompletesIt() {
		Map<String, Object> order = this.shop.placeOnline(this.api);
		UUID payment = UUID.randomUUID();
		this.events.publish(completed(order, payment));
		this.events.awaitOrder(order.get("id"), "confirmed", "completed");

		Map<String, Object> cancelled = Api.ok(this.api.post(Api.ORDERS + "/" + order.get("id") + "/cancel",
				this.shop.customer, Map.of("reason", "Changed my mind")));
		assertThat(cancelled.get("status")).isEqualTo("cancelled");
		assertThat(Events.readFromKafka(order.get("id"), RefundRequested.class))
			.contains("\"paymentId\":\"" + payment + "\"");

		this.events.publish(new RefundProcessed(UUID.randomUUID(), payment, Api.id(order), total(order), total(order),
				true, Instant.now()));

		this.events.awaitOrder(order.get("id"), "refunded", "refunded");
		assertThat(Api.ok(this.api.get(Api.ORDERS + "/" + order.get("id"), this.shop.customer)).get("refundedAt"))
			.isNotNull();
	}

	private void windowClosed(Object orderId) {
		this.jdbc.sql("UPDATE orders SET payment_due_by = now() - interval '1 second' WHERE id = :id")
			.param("id", UUID.fromString(orderId.toString()))
			.update();
	}

	private static PaymentCompleted completed(Map<String, Object> order, UUID paymentId) {
		return new PaymentCompleted(paymentId, Api.id(order), total(order), "upi", "pay_" + paymentId, Instant.now());
	}

	@SuppressWarnings("unchecked")
	private static BigDecimal total(Map<String, Object> order) {
		return new BigDecimal(String.valueOf(((Map<String, Object>) order.get("amounts")).get("total")));
	}

}
