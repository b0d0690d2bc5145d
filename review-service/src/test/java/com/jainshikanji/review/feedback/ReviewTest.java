package com.jainshikanji.review.feedback;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.review.eligibility.PurchasedItem;

import static com.jainshikanji.review.feedback.TestReviews.MODERATED_FIRST;
import static com.jainshikanji.review.feedback.TestReviews.NOW;
import static com.jainshikanji.review.feedback.TestReviews.SHOWN_AT_ONCE;
import static com.jainshikanji.review.feedback.TestReviews.stars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every transition of a review and what it counts in its product's rating. */
class ReviewTest {

	private static final UUID ADMIN = UUID.randomUUID();

	private static final Instant LATER = NOW.plusSeconds(60);

	@Test
	void theCustomerWhoReceivedTheItemWritesAReviewShownAtOnceByDefault() {
		PurchasedItem item = TestReviews.item();

		Review review = Review.write(item, item.customerId(), stars(5), SHOWN_AT_ONCE, false, NOW);

		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(review.countedStars()).isEqualTo(5);
		assertThat(review.productId()).isEqualTo(item.productId());
		assertThat(review.storeId()).isEqualTo(item.storeId());
		assertThat(review.writtenBy(item.customerId())).isTrue();
	}

	@Test
	void whenReviewsAreModeratedFirstANewOneWaitsAndDoesNotCount() {
		Review review = TestReviews.pending(5);

		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(review.countedStars()).isNull();
	}

	@Test
	void aReviewOfAnItemHeldForModerationWaitsEvenWhenReviewsAreShownAtOnce() {
		PurchasedItem item = TestReviews.item();

		Review review = Review.write(item, item.customerId(), stars(5), SHOWN_AT_ONCE, true, NOW);

		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(review.countedStars()).isNull();
	}

	@Test
	void onlyAReviewNotApprovedHoldsItsItemWhenDeleted() {
		Review editedAfterRejection = TestReviews.rejected(1);
		editedAfterRejection.edit(stars(2), SHOWN_AT_ONCE, LATER);

		assertThat(TestReviews.rejected(1).holdsItemWhenDeleted()).isTrue();
		assertThat(editedAfterRejection.holdsItemWhenDeleted()).isTrue();
		assertThat(TestReviews.pending(4).holdsItemWhenDeleted()).isTrue();
		assertThat(TestReviews.approved(4).holdsItemWhenDeleted()).isFalse();
	}

	@Test
	void nobodyElseReviewsWhatACustomerReceived() {
		PurchasedItem item = TestReviews.item();

		assertThatExceptionOfType(ItemNotReviewable.class)
			.isThrownBy(() -> Review.write(item, UUID.randomUUID(), stars(5), SHOWN_AT_ONCE, false, NOW));
	}

	@Test
	void anAdminApprovesAPendingReviewWhichThenCounts() {
		Review review = TestReviews.pending(3);

		review.approve(ADMIN, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(review.countedStars()).isEqualTo(3);
		assertThat(review.moderation()).isEqualTo(new Moderation(null, ADMIN, LATER));
	}

	@Test
	void anAdminRejectsAnApprovedReviewWithAReasonAndItStopsCounting() {
		Review review = TestReviews.approved(1);

		review.reject(ADMIN, "  Abusive language  ", LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
		assertThat(review.countedStars()).isNull();
		assertThat(review.moderation()).isEqualTo(new Moderation("Abusive language", ADMIN, LATER));
	}

	@Test
	void aRejectedReviewCanBeApprovedAfterAll() {
		Review review = TestReviews.rejected(2);

		review.approve(ADMIN, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(review.moderation().rejectionReason()).isNull();
	}

	@Test
	void approvingAnApprovedReviewOrRejectingARejectedOneIsRefused() {
		assertThatExceptionOfType(IllegalReviewTransition.class)
			.isThrownBy(() -> TestReviews.approved(4).approve(ADMIN, LATER))
			.satisfies((ex) -> assertThat(ex.problemProperties()).containsEntry("currentStatus", "APPROVED"));
		assertThatExceptionOfType(IllegalReviewTransition.class)
			.isThrownBy(() -> TestReviews.rejected(4).reject(ADMIN, "Again", LATER));
	}

	@Test
	void aRejectionNeedsAReasonThatFitsItsColumn() {
		Review review = TestReviews.approved(4);

		assertThatExceptionOfType(InvalidReview.class).isThrownBy(() -> review.reject(ADMIN, "   ", LATER));
		assertThatExceptionOfType(InvalidReview.class)
			.isThrownBy(() -> review.reject(ADMIN, "x".repeat(Moderation.REASON_MAX + 1), LATER));
		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
	}

	@Test
	void anApprovedReviewEditedStaysApprovedWhenReviewsAreShownAtOnce() {
		Review review = TestReviews.approved(5);

		review.edit(stars(2), SHOWN_AT_ONCE, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
		assertThat(review.countedStars()).isEqualTo(2);
		assertThat(review.toResponse(false).editedAt()).isEqualTo(LATER);
	}

	@Test
	void anApprovedReviewEditedGoesBackToTheAdminWhenReviewsAreModeratedFirst() {
		Review review = TestReviews.pending(5);
		review.approve(ADMIN, NOW);

		review.edit(stars(2), MODERATED_FIRST, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(review.countedStars()).isNull();
		assertThat(review.moderation()).isNull();
	}

	@Test
	void aRejectedReviewEditedGoesBackToTheAdminWhateverThePolicy() {
		Review review = TestReviews.rejected(1);

		review.edit(stars(3), SHOWN_AT_ONCE, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
		assertThat(review.countedStars()).isNull();
		assertThat(review.moderation()).isNull();
	}

	@Test
	void thePendingReviewEditedStaysPending() {
		Review review = TestReviews.pending(3);

		review.edit(stars(4), SHOWN_AT_ONCE, LATER);

		assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
	}

	@Test
	void theStoreRespondsOnceAndEditsItsResponse() {
		Review review = TestReviews.approved(2);
		UUID staff = UUID.randomUUID();
		UUID manager = UUID.randomUUID();

		review.respond(" Sorry, we will do better. ", staff, NOW);
		review.respond("Sorry! Please try us again.", manager, LATER);

		assertThat(review.response()).isEqualTo(new StoreReply("Sorry! Please try us again.", manager, NOW, LATER));
		assertThat(review.toResponse(false).response())
			.isEqualTo(new ReviewResponse.Reply("Sorry! Please try us again.", NOW, LATER));
	}

	@Test
	void aResponseNeedsATextThatFitsItsColumn() {
		Review review = TestReviews.approved(2);

		assertThatExceptionOfType(InvalidReview.class).isThrownBy(() -> review.respond(" ", ADMIN, NOW));
		assertThatExceptionOfType(InvalidReview.class)
			.isThrownBy(() -> review.respond("x".repeat(StoreReply.TEXT_MAX + 1), ADMIN, NOW));
		assertThat(review.response()).isNull();
	}

	@Test
	void helpfulVotesAreCountedAndNeverBelowZero() {
		Review review = TestReviews.approved(5);

		review.countHelpfulVote();
		review.countHelpfulVote();
		review.uncountHelpfulVote();
		review.uncountHelpfulVote();
		review.uncountHelpfulVote();

		assertThat(review.helpfulCount()).isZero();
	}

	@Test
	void thePublicViewLeavesOutWhoWroteItForWhichOrderAndTheModeration() {
		Review review = TestReviews.rejected(2);

		assertThat(review.toResponse(false).details()).isNull();
		assertThat(review.toResponse(true).details()).satisfies((details) -> {
			assertThat(details.customerId()).isEqualTo(review.customerId());
			assertThat(details.rejectionReason()).isEqualTo("Not about the product");
		});
	}

}
