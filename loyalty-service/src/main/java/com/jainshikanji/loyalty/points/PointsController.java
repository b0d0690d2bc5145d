package com.jainshikanji.loyalty.points;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.web.IdempotencyKeys;

@RestController
@RequestMapping("/api/v1/loyalty")
@Validated
@Tag(name = "Points", description = "A customer's points balance, tier and history; manual adjustments by admins.")
class PointsController {

	private final PointsQueries queries;

	private final ManualAdjustments adjustments;

	PointsController(PointsQueries queries, ManualAdjustments adjustments) {
		this.queries = queries;
		this.adjustments = adjustments;
	}

	@GetMapping("/customer/{customerId}")
	@Operation(summary = "A customer's balance, tier, progress to the next tier and history (the customer or an admin)")
	AccountResponse account(@PathVariable UUID customerId, @AuthenticationPrincipal AuthenticatedUser user,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (!user.isSelfOrAdmin(customerId)) {
			throw new AccessDeniedException("Only the customer or an admin sees these points");
		}
		return this.queries.account(customerId, page, size);
	}

	@PostMapping("/earn")
	@Operation(summary = "Credit or debit points by hand, with a reason (admins only)",
			description = "The customer must be one the identity service knows (422 unknown-customer; 503 while it "
					+ "cannot say), and not the admin: nobody adjusts their own points (403 own-points-adjustment). "
					+ "Answers the customer's account after it. With an Idempotency-Key header (8-100 letters, "
					+ "digits, -, _, . or :) the adjustment is made once: the same request again with the key "
					+ "changes nothing more (Idempotent-Replayed: true); another adjustment under the key, of this "
					+ "customer or another, is 422 idempotency-key-reused. Without one, every request is a new "
					+ "adjustment.")
	ResponseEntity<AccountResponse> adjust(@Valid @RequestBody AdjustmentRequest request,
			@Parameter(description = "Makes a retry or a second click adjust once") @RequestHeader(
					name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal AuthenticatedUser user) {
		boolean replayed = this.adjustments.adjust(request.toAdjustment(user.id()),
				IdempotencyKeys.optional(idempotencyKey));
		return ResponseEntity.ok()
			.header(IdempotencyKeys.REPLAYED, String.valueOf(replayed))
			.body(this.queries.account(request.customerId(), 0, 20));
	}

}
