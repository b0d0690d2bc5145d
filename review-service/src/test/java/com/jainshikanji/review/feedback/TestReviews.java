package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jainshikanji.review.eligibility.PurchasedItem;

/** Object mother of reviews for the unit tests. */
final class TestReviews {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final ModerationPolicy SHOWN_AT_ONCE = new ModerationPolicy(true);

	static final ModerationPolicy MODERATED_FIRST = new ModerationPolicy(false);

	private TestReviews() {
	}

	static PurchasedItem item() {
		return new PurchasedItem(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				"ORD20260501-000001", "Masala Shikanji", 2, NOW.minusSeconds(3600));
	}

	static ReviewContent stars(int rating) {
		return new ReviewContent(rating, "Refreshing", "Just the right amount of masala.", null, List.of());
	}

	/** A review of a new item by its customer, shown at once. */
	static Review approved(int rating) {
		PurchasedItem item = item();
		return Review.write(item, item.customerId(), stars(rating), SHOWN_AT_ONCE, false, NOW);
	}

	/** A review of a new item by its customer, waiting for an admin. */
	static Review pending(int rating) {
		PurchasedItem item = item();
		return Review.write(item, item.customerId(), stars(rating), MODERATED_FIRST, false, NOW);
	}

	static Review rejected(int rating) {
		Review review = approved(rating);
		review.reject(UUID.randomUUID(), "Not about the product", NOW);
		return review;
	}

}
