package com.jainshikanji.review.feedback;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The whole new content of the caller's review (what is left out is removed), with the
 * limits of {@link ReviewRequest}.
 */
record ReviewEditRequest(@NotNull @Min(1) @Max(5) Integer rating,
		@Nullable @Size(max = ReviewContent.TITLE_MAX) String title,
		@Nullable @Size(max = ReviewContent.TEXT_MAX) String text,
		@Nullable @Size(max = ReviewContent.AUTHOR_MAX) String authorName,
		@Nullable @Size(
				max = ReviewContent.PHOTOS_MAX) List<@NotBlank @Size(max = ReviewContent.PHOTO_URL_MAX) @Pattern(
						regexp = ReviewRequest.PHOTO_URL, message = "must be an https URL") String> photoUrls) {

	ReviewContent content() {
		return new ReviewContent(this.rating, this.title, this.text, this.authorName,
				(this.photoUrls != null) ? this.photoUrls : List.of());
	}

}
