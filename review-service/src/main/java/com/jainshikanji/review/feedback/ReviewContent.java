package com.jainshikanji.review.feedback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What the author wrote. Texts are kept exactly as written (HTML included: it is text to
 * show, never markup to render), without surrounding blanks; a blank text is no text.
 * Lengths are counted as Java does (UTF-16 units), never more than the columns hold.
 *
 * @param rating 1 to 5 stars
 * @param title a headline, at most {@value #TITLE_MAX} characters
 * @param text the review, at most {@value #TEXT_MAX} characters
 * @param authorName the name the author wants shown, at most {@value #AUTHOR_MAX}
 * characters; {@code null} to stay anonymous
 * @param photoUrls links to the author's photos (https), at most {@value #PHOTOS_MAX}
 */
@Embeddable
record ReviewContent(int rating, @Nullable String title, @Column(name = "body") @Nullable String text,
		@Nullable String authorName, @JdbcTypeCode(SqlTypes.JSON) @Column(name = "photo_urls") List<String> photoUrls) {

	static final int TITLE_MAX = 120;

	static final int TEXT_MAX = 2000;

	static final int AUTHOR_MAX = 60;

	static final int PHOTOS_MAX = 5;

	static final int PHOTO_URL_MAX = 500;

	ReviewContent {
		if (rating < 1 || rating > 5) {
			throw new InvalidReview("A rating is 1 to 5 stars, not " + rating);
		}
		title = text(title, "title", TITLE_MAX);
		text = text(text, "text", TEXT_MAX);
		authorName = text(authorName, "authorName", AUTHOR_MAX);
		photoUrls = List.copyOf((photoUrls != null) ? photoUrls : List.of());
		if (photoUrls.size() > PHOTOS_MAX) {
			throw new InvalidReview("At most " + PHOTOS_MAX + " photos");
		}
		photoUrls.forEach(ReviewContent::checkPhoto);
	}

	private static @Nullable String text(@Nullable String value, String name, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidReview(name + " has " + stripped.length() + " characters; at most " + max);
		}
		return stripped;
	}

	private static void checkPhoto(String url) {
		if (url.length() > PHOTO_URL_MAX) {
			throw new InvalidReview("A photo URL has at most " + PHOTO_URL_MAX + " characters");
		}
		try {
			URI uri = new URI(url);
			if (uri.getScheme() == null || !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
					|| uri.getHost() == null || uri.getRawUserInfo() != null) {
				throw new InvalidReview("A photo is an https URL of a host, not " + url);
			}
		}
		catch (URISyntaxException ex) {
			throw new InvalidReview("A photo is an https URL of a host, not " + url);
		}
	}

}
