package com.jainshikanji.review.feedback;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What an author may write, and how it is kept. */
class ReviewContentTest {

	@Test
	void htmlIsKeptAsWrittenBecauseItIsTextNotMarkup() {
		String html = "<script>alert('x')</script><b>Best</b> &amp; \"fresh\"";

		ReviewContent content = new ReviewContent(5, html, html, "<i>Asha</i>", List.of());

		assertThat(content.title()).isEqualTo(html);
		assertThat(content.text()).isEqualTo(html);
		assertThat(content.authorName()).isEqualTo("<i>Asha</i>");
	}

	@Test
	void surroundingBlanksAreTrimmedAndBlankTextsAreNoTexts() {
		ReviewContent content = new ReviewContent(4, "  Tangy  ", " \n\t ", "", null);

		assertThat(content.title()).isEqualTo("Tangy");
		assertThat(content.text()).isNull();
		assertThat(content.authorName()).isNull();
		assertThat(content.photoUrls()).isEmpty();
	}

	@Test
	void aRatingIsOneToFiveStars() {
		assertThatExceptionOfType(InvalidReview.class).isThrownBy(() -> new ReviewContent(0, null, null, null, null));
		assertThatExceptionOfType(InvalidReview.class).isThrownBy(() -> new ReviewContent(6, null, null, null, null));
		assertThat(new ReviewContent(1, null, null, null, null).rating()).isOne();
	}

	@Test
	void textsFitTheirColumns() {
		assertThat(new ReviewContent(3, "t".repeat(ReviewContent.TITLE_MAX), "x".repeat(ReviewContent.TEXT_MAX),
				"a".repeat(ReviewContent.AUTHOR_MAX), null)
			.text()).hasSize(ReviewContent.TEXT_MAX);
		assertThatExceptionOfType(InvalidReview.class)
			.isThrownBy(() -> new ReviewContent(3, "t".repeat(ReviewContent.TITLE_MAX + 1), null, null, null));
		assertThatExceptionOfType(InvalidReview.class)
			.isThrownBy(() -> new ReviewContent(3, null, "x".repeat(ReviewContent.TEXT_MAX + 1), null, null));
		assertThatExceptionOfType(InvalidReview.class)
			.isThrownBy(() -> new ReviewContent(3, null, null, "a".repeat(ReviewContent.AUTHOR_MAX + 1), null));
	}

	@Test
	void photosAreAtMostFiveHttpsLinksToAHost() {
		String photo = "https://photos.example.com/shikanji.jpg";

		assertThat(new ReviewContent(5, null, null, null, List.of(photo, photo, photo, photo, photo)).photoUrls())
			.hasSize(5);
		assertThatExceptionOfType(InvalidReview.class).isThrownBy(
				() -> new ReviewContent(5, null, null, null, List.of(photo, photo, photo, photo, photo, photo)));
		for (String bad : List.of("http://photos.example.com/a.jpg", "javascript:alert(1)", "https:///a.jpg",
				"https://user:pw@photos.example.com/a.jpg", "https://photos.example.com/a b.jpg",
				"https://photos.example.com/" + "a".repeat(ReviewContent.PHOTO_URL_MAX))) {
			assertThatExceptionOfType(InvalidReview.class).as(bad)
				.isThrownBy(() -> new ReviewContent(5, null, null, null, List.of(bad)));
		}
	}

}
