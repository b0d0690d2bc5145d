package com.jainshikanji.review;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.jainshikanji.common.events.Topics;
import com.jainshikanji.review.Deliveries.DeliveredOrder;
import com.jainshikanji.testsupport.kafka.TopicReader;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code review.moderation.auto-approve=false} a review waits for an admin: it is
 * neither public nor counted, and nothing is published, until approved; an approved
 * review its author edits waits again.
 */
@ReviewServiceTest
@TestPropertySource(properties = "review.moderation.auto-approve=false")
class PreModerationTests {

	@Autowired
	Api api;

	@Autowired
	Deliveries deliveries;

	@Test
	@SuppressWarnings("unchecked")
	void aNewReviewWaitsForAnAdminBeforeItIsShownAndCounted() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(5).body()));

		assertThat(Api.ok(this.api.get("/api/v1/reviews/" + id, order.customer()))).containsEntry("status", "PENDING");
		this.api.get("/api/v1/reviews/" + id, null).expectStatus().isNotFound();
		assertThat((Map<String, Object>) this.api.productPage(order.product(0), "").get("rating"))
			.containsEntry("reviewCount", 0);
		try (TopicReader reader = TopicReader.of(Topics.REVIEW)) {
			assertThat(reader.readFor(Duration.ofSeconds(2), (r) -> r.key().equals(order.product(0).toString())))
				.isEmpty();
		}

		this.api.post("/api/v1/admin/reviews/" + id + "/approve", TestTokens.admin(), null).expectStatus().isOk();

		assertThat(Api.ids(this.api.productPage(order.product(0), ""))).containsExactly(id);
		assertThat((Map<String, Object>) this.api.productPage(order.product(0), "").get("rating"))
			.containsEntry("reviewCount", 1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anApprovedReviewEditedWaitsAgain() {
		DeliveredOrder order = this.deliveries.deliver(Deliveries.order(UUID.randomUUID()));
		UUID id = Api.id(this.api.write(order.customer(), order.review(0).rating(5).body()));
		this.api.post("/api/v1/admin/reviews/" + id + "/approve", TestTokens.admin(), null).expectStatus().isOk();

		Map<String, Object> edited = Api.ok(this.api.put("/api/v1/reviews/" + id, order.customer(),
				order.review(0).rating(1).text("Visit https://spam.example").editBody()));

		assertThat(edited).containsEntry("status", "PENDING");
		assertThat(Api.ids(this.api.productPage(order.product(0), ""))).isEmpty();
		assertThat((Map<String, Object>) this.api.productPage(order.product(0), "").get("rating"))
			.containsEntry("reviewCount", 0);
	}

}
