package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The store's one public response to a review: kept as written (text, never markup),
 * editable.
 *
 * @param text what the store says, at most {@value #TEXT_MAX} characters
 * @param respondedBy who (staff of the store, or an admin) wrote the current text
 * @param respondedAt when the response was first written
 * @param editedAt when it was last changed, {@code null} if never
 */
@Embeddable
record StoreReply(@Column(name = "response_text") String text, UUID respondedBy, Instant respondedAt,
		@Column(name = "response_edited_at") @Nullable Instant editedAt) {

	static final int TEXT_MAX = 1000;

	static StoreReply first(String text, UUID by, Instant now) {
		return new StoreReply(checked(text), by, now, null);
	}

	StoreReply editedTo(String text, UUID by, Instant now) {
		return new StoreReply(checked(text), by, this.respondedAt, now);
	}

	private static String checked(String text) {
		if (text.isBlank()) {
			throw new InvalidReview("A response needs a text");
		}
		String stripped = text.strip();
		if (stripped.length() > TEXT_MAX) {
			throw new InvalidReview("A response has at most " + TEXT_MAX + " characters");
		}
		return stripped;
	}

}
