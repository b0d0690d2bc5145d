package com.jainshikanji.review.feedback;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A review of a product the caller received in a delivered order. Texts are kept as
 * written (HTML is text here, never rendered); blank texts are no texts.
 *
 * @param orderId the delivered order
 * @param productId the product of that order
 * @param rating 1 to 5 stars
 * @param title a headline, at most 120 characters
 * @param text the review, at most 2000 characters
 * @param authorName the name to show with the review, at most 60 characters; none to stay
 * anonymous
 * @param photoUrls up to 5 https links to photos hosted elsewhere, each at most 500
 * characters
 */
record ReviewRequest(@NotNull UUID orderId, @NotNull UUID productId, @NotNull @Min(1) @Max(5) Integer rating,
		@Nullable @Size(max = ReviewContent.TITLE_MAX) String title,
		@Nullable @Size(max = ReviewContent.TEXT_MAX) String text,
		@Nullable @Size(max = ReviewContent.AUTHOR_MAX) String authorName,
		@Nullable @Size(
				max = ReviewContent.PHOTOS_MAX) List<@NotBlank @Size(max = ReviewContent.PHOTO_URL_MAX) @Pattern(
						regexp = PHOTO_URL, message = "must be an https URL") String> photoUrls) {

	/** An https URL without blanks. */
	static final String PHOTO_URL = "(?i)https://[^\\s/?#@]+[^\\s]*";

	ReviewContent content() {
		return new ReviewContent(this.rating, this.title, this.text, this.authorName,
				(this.photoUrls != null) ? this.photoUrls : List.of());
	}

}
