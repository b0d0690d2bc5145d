package com.jainshikanji.review.feedback;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Reviews as customers write and read them, and as the store responds to them.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews",
		description = "Verified reviews: a customer reviews each product of a delivered order once. A product's "
				+ "approved reviews and its rating are public. Texts come back exactly as written: show them as "
				+ "text, never as HTML.")
class ReviewController {

	private final Reviewing reviewing;

	private final ReviewQueries queries;

	ReviewController(Reviewing reviewing, ReviewQueries queries) {
		this.reviewing = reviewing;
		this.queries = queries;
	}

	@PostMapping
	@Operation(summary = "Review a product I received",
			description = "Customers only, for a product of their own delivered order, once (409 "
					+ "review-already-written on a second try; 409 item-not-reviewable when the order is not "
					+ "delivered to them). Public at once unless reviews are moderated first.")
	ResponseEntity<ReviewResponse> write(@Valid @RequestBody ReviewRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		ReviewResponse review = this.reviewing.write(request.orderId(), request.productId(), request.content(), user);
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id())).body(review);
	}

	@GetMapping("/customer/{customerId}/reviewable")
	@Operation(summary = "List what a customer can review",
			description = "The customer themselves, or an admin: their delivered products without a review, most "
					+ "recently delivered first (at most 100).")
	List<ReviewableItemResponse> reviewable(@PathVariable UUID customerId,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.awaitingReview(customerId, user);
	}

	@GetMapping("/product/{productId}")
	@Operation(summary = "Read a product's reviews and rating",
			description = "Public. Approved reviews, newest first unless sorted otherwise, optionally only those of "
					+ "some stars; with the rating histogram, the average and the Bayesian average.")
	ProductReviewsResponse ofProduct(@PathVariable UUID productId,
			@Valid @ModelAttribute @ParameterObject ProductReviewQuery query) {
		return this.queries.ofProduct(productId, query);
	}

	@GetMapping("/customer/{customerId}")
	@Operation(summary = "List a customer's reviews",
			description = "The customer themselves, or an admin: every status, newest first, with moderation details.")
	ReviewPageResponse ofCustomer(@PathVariable UUID customerId,
			@Valid @ModelAttribute @ParameterObject PageQuery query, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.ofCustomer(customerId, query, user);
	}

	@GetMapping("/{reviewId}")
	@Operation(summary = "Read a review",
			description = "Public once approved; its author, the store's staff and admins see it in any status, "
					+ "with details.")
	ReviewResponse review(@PathVariable UUID reviewId, @AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		return this.queries.review(reviewId, user);
	}

	@PutMapping("/{reviewId}")
	@Operation(summary = "Edit my review",
			description = "Its author only; replaces the whole content. A rejected review goes back to moderation.")
	ReviewResponse edit(@PathVariable UUID reviewId, @Valid @RequestBody ReviewEditRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reviewing.edit(reviewId, request.content(), user);
	}

	@DeleteMapping("/{reviewId}")
	@Operation(summary = "Delete my review", description = "Its author only; the product can then be reviewed again.")
	ResponseEntity<Void> delete(@PathVariable UUID reviewId, @AuthenticationPrincipal AuthenticatedUser user) {
		this.reviewing.delete(reviewId, user);
		return ResponseEntity.noContent().build();
	}

	@PutMapping("/{reviewId}/response")
	@Operation(summary = "Respond to a review",
			description = "Staff of the store that fulfilled the order whose job there answers reviews (MANAGER or "
					+ "SUPPORT), or an admin: one public response, replaced by the next. Its other staff (a CHEF, "
					+ "a DELIVERY rider) get 403 store-duty-not-allowed naming their job.")
	ReviewResponse respond(@PathVariable UUID reviewId, @Valid @RequestBody ReplyRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.reviewing.respond(reviewId, request.text(), user);
	}

	@PutMapping("/{reviewId}/helpful")
	@Operation(summary = "Find a review helpful",
			description = "Customers, on an approved review of someone else; a second vote counts once.")
	HelpfulResponse voteHelpful(@PathVariable UUID reviewId, @AuthenticationPrincipal AuthenticatedUser user) {
		return new HelpfulResponse(reviewId, this.reviewing.voteHelpful(reviewId, user), true);
	}

	@DeleteMapping("/{reviewId}/helpful")
	@Operation(summary = "Take my helpful vote back")
	HelpfulResponse withdrawVote(@PathVariable UUID reviewId, @AuthenticationPrincipal AuthenticatedUser user) {
		return new HelpfulResponse(reviewId, this.reviewing.withdrawVote(reviewId, user), false);
	}

}
