package com.jainshikanji.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A review request as the app sends it, built up field by field: 4 stars and a short text
 * unless told otherwise.
 */
public final class ReviewDraft {

	private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

	private ReviewDraft(UUID orderId, UUID productId) {
		this.fields.put("orderId", orderId.toString());
		this.fields.put("productId", productId.toString());
		this.fields.put("rating", 4);
		this.fields.put("title", "Refreshing");
		this.fields.put("text", "Just the right amount of masala.");
	}

	public static ReviewDraft of(UUID orderId, UUID productId) {
		return new ReviewDraft(orderId, productId);
	}

	public ReviewDraft rating(@Nullable Object rating) {
		return with("rating", rating);
	}

	public ReviewDraft title(@Nullable String title) {
		return with("title", title);
	}

	public ReviewDraft text(@Nullable String text) {
		return with("text", text);
	}

	public ReviewDraft authorName(@Nullable String name) {
		return with("authorName", name);
	}

	public ReviewDraft photos(String... urls) {
		return with("photoUrls", List.of(urls));
	}

	public ReviewDraft with(String field, @Nullable Object value) {
		this.fields.put(field, value);
		return this;
	}

	public ReviewDraft without(String field) {
		this.fields.remove(field);
		return this;
	}

	/** The request body of {@code POST /api/v1/reviews}. */
	public Map<String, Object> body() {
		return new LinkedHashMap<>(this.fields);
	}

	/** The request body of {@code PUT /api/v1/reviews/{id}}: the content only. */
	public Map<String, Object> editBody() {
		Map<String, Object> body = body();
		body.remove("orderId");
		body.remove("productId");
		return body;
	}

}
