package com.jainshikanji.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only what was delivered can be reviewed, by whoever received it, once: the service
 * knows deliveries only from {@code OrderDelivered} on the order topic (redelivered or
 * repeated, it still makes one reviewable item per product), and a second review of an
 * item is a 409.
 */
@ReviewServiceTest
class EligibilityTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	@Test
	void aDeliveredOrdersProductsBecomeReviewableByItsCustomer() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID(), UUID.randomUUID()));

		List<Map<String, Object>> reviewable = reviewable(order);

		assertThat(reviewable).extracting((item) -> item.get("productId"))
			.containsExactlyInAnyOrder(order.product(0).toString(), order.product(1).toString());
		assertThat(reviewable).allSatisfy((item) -> {
			assertThat(item.get("orderId")).isEqualTo(order.orderId().toString());
			assertThat(item.get("orderNumber")).isEqualTo(order.number());
			assertThat(item.get("storeId")).isEqualTo(order.storeId().toString());
		});
		Map<String, Object> review = this.api.write(order.customer(), order.review(0).rating(5).body());
		assertThat(review.get("rating")).isEqualTo(5);
		assertThat(review.get("verifiedPurchase")).isEqualTo(true);
		assertThat(reviewable(order)).extracting((item) -> item.get("productId"))
			.containsExactly(order.product(1).toString());
	}

	@Test
	void aRedeliveredOrRepeatedDeliveryMakesOneReviewableItemPerProduct() {
		UUID product = UUID.randomUUID();
		DeliveredOrder order = new DeliveredOrder(UUID.randomUUID(), "ORD-REPEAT-1", UUID.randomUUID(),
				UUID.randomUUID(), List.of(Deliveries.line(product, "Masala Shikanji", 1),
						Deliveries.line(product, "Masala Shikanji", 2)));
		EventEnvelope first = this.deliveries.publish(order.delivered());
		// The same record again (at-least-once delivery), and the same delivery announced
		// under a new event id.
		this.deliveries.publish(first);
		this.deliveries.publish(order.delivered());
		DeliveredOrder marker = this.deliveries
			.deliver(Deliveries.orderFor(order.customerId(), order.storeId(), UUID.randomUUID()));

		assertThat(this.deliveries.reviewableItems(marker.orderId())).isOne();
		assertThat(this.deliveries.reviewableItems(order.orderId())).isOne();
		assertThat(reviewable(order)).filteredOn((item) -> item.get("orderId").equals(order.orderId().toString()))
			.singleElement()
			.satisfies((item) -> {
				assertThat(item.get("productId")).isEqualTo(product.toString());
				assertThat(item.get("quantity")).isEqualTo(3);
			});
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
			.param("id", first.eventId())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void otherOrderEventsMakeNothingReviewableAndAreNotRecorded() {
		UUID orderId = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		EventEnvelope changed = this.deliveries.publish(new OrderStatusChanged(orderId, "ORD-X", customer,
				UUID.randomUUID(), "ready", "out_for_delivery", null, 4, Instant.now()));
		DeliveredOrder marker = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));

		assertThat(this.deliveries.reviewableItems(orderId)).isZero();
		assertThat(this.deliveries.reviewableItems(marker.orderId())).isOne();
		assertThat(this.jdbc.sql("SELECT count(*) FROM messaging.processed_event WHERE event_id = :id")
			.param("id", changed.eventId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOrderNotDeliveredCannotBeReviewed() {
		DeliveredOrder notDelivered = Deliveries.order(UUID.randomUUID());

		Problem problem = Problems
			.problem(this.api.post("/api/v1/reviews", notDelivered.customer(), notDelivered.review(0).body()), 409);

		assertThat(problem.typeSlug()).isEqualTo("item-not-reviewable");
	}

	@Test
	void aProductThatWasNotInTheOrderCannotBeReviewed() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));

		Problem problem = Problems.problem(this.api.post("/api/v1/reviews", order.customer(),
				ReviewDraft.of(order.orderId(), UUID.randomUUID()).body()), 409);

		assertThat(problem.typeSlug()).isEqualTo("item-not-reviewable");
	}

	@Test
	void anotherCustomersDeliveredOrderLooksUndelivered() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));

		Problem problem = Problems
			.problem(this.api.post("/api/v1/reviews", TestTokens.customer(), order.review(0).body()), 409);

		assertThat(problem.typeSlug()).isEqualTo("item-not-reviewable");
		assertThat(problem.detail()).doesNotContain(order.customerId().toString());
	}

	@Test
	void anItemIsReviewedOnceASecondReviewIsAConflictNamingTheFirst() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID first = Api.id(this.api.write(order.customer(), order.review(0).body()));

		Problem problem = Problems
			.problem(this.api.post("/api/v1/reviews", order.customer(), order.review(0).rating(1).body()), 409);

		assertThat(problem.typeSlug()).isEqualTo("review-already-written");
		assertThat(this.api.get("/api/v1/reviews/" + first, null)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("rating")).isEqualTo(4);
	}

	@Test
	void theSameProductInAnotherDeliveredOrderIsReviewableAgain() {
		UUID product = UUID.randomUUID();
		UUID customer = UUID.randomUUID();
		DeliveredOrder first = this.deliveries.deliver(Deliveries.orderFor(customer, UUID.randomUUID(), product));
		DeliveredOrder second = this.deliveries.deliver(Deliveries.orderFor(customer, UUID.randomUUID(), product));

		this.api.write(first.customer(), first.review(0).body());
		this.api.write(second.customer(), second.review(0).body());

		assertThat(Api.ids(this.api.productPage(product, ""))).hasSize(2);
	}

	@Test
	void aDeletedReviewLeavesTheItemReviewableAgain() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID review = Api.id(this.api.write(order.customer(), order.review(0).body()));

		this.api.delete("/api/v1/reviews/" + review, order.customer()).expectStatus().isNoContent();

		assertThat(reviewable(order)).hasSize(1);
		assertThat(this.api.write(order.customer(), order.review(0).rating(2).body()).get("rating")).isEqualTo(2);
	}

	@Test
	void twentySimultaneousReviewsOfOneItemMakeOneReview() throws Exception {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));

		List<Integer> statuses = Parallel.run(20,
				(i) -> this.api.post("/api/v1/reviews", order.customer(), order.review(0).rating(1 + i % 5).body())
					.returnResult(String.class)
					.getStatus()
					.value(),
				Duration.ofSeconds(60));

		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(19);
		assertThat(this.jdbc.sql("SELECT count(*) FROM reviews WHERE order_id = :id")
			.param("id", order.orderId())
			.query(Long.class)
			.single()).isOne();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> reviewable(DeliveredOrder order) {
		return this.api.get("/api/v1/reviews/customer/" + order.customerId() + "/reviewable", order.customer())
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
	}

}
