package com.jainshikanji.review.feedback;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Admins' moderation of reviews: operator endpoints under {@code /api/v1/admin} (through
 * the gateway {@code /api/v1/admin/review-service/reviews}).
 */
@RestController
@RequestMapping("/api/v1/admin/reviews")
@Tag(name = "Moderation",
		description = "Admins only. Approving shows a review and counts it in its product's rating; rejecting hides "
				+ "it and takes it out, with a reason its author sees.")
class ModerationController {

	private final Moderating moderating;

	private final ReviewQueries queries;

	ModerationController(Moderating moderating, ReviewQueries queries) {
		this.moderating = moderating;
		this.queries = queries;
	}

	@GetMapping
	@Operation(summary = "List reviews by moderation status", description = "Pending ones by default, oldest first.")
	ReviewPageResponse queue(@Valid @ModelAttribute @ParameterObject ModerationQuery query) {
		return this.queries.inModeration(query);
	}

	@PostMapping("/{reviewId}/approve")
	@Operation(summary = "Approve a review",
			description = "From pending or rejected; 409 illegal-review-transition when approved already.")
	ReviewResponse approve(@PathVariable UUID reviewId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.moderating.approve(reviewId, user);
	}

	@PostMapping("/{reviewId}/reject")
	@Operation(summary = "Reject a review",
			description = "From pending or approved, with a reason; 409 illegal-review-transition when rejected "
					+ "already.")
	ReviewResponse reject(@PathVariable UUID reviewId, @Valid @RequestBody RejectRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.moderating.reject(reviewId, request.reason(), user);
	}

}
