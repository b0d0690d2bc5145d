package com.jainshikanji.loyalty.rewards;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.web.IdempotencyKeys;
import com.jainshikanji.loyalty.rewards.RewardRequests.NewReward;
import com.jainshikanji.loyalty.rewards.RewardRequests.Redeem;
import com.jainshikanji.loyalty.rewards.RewardRequests.Redemption;
import com.jainshikanji.loyalty.rewards.RewardRequests.RewardResponse;

@RestController
@RequestMapping("/api/v1/loyalty")
@Tag(name = "Rewards", description = "The reward catalog, and taking a reward for points: a coupon of one's own.")
class RewardController {

	private final RewardCatalog catalog;

	RewardController(RewardCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/rewards")
	@Operation(summary = "The rewards on offer, cheapest first")
	List<RewardResponse> rewards() {
		return this.catalog.active();
	}

	@PostMapping("/rewards")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a reward to the catalog (admins only)",
			description = "The coupon it gives is one item free (the cheapest of applicableProducts in the cart, any product "
					+ "when none are named) for 30 days unless discountType, discountValue and validDays say "
					+ "otherwise; maxDiscount caps what it takes off (e.g. a free drink up to its regular price).")
	RewardResponse add(@Valid @RequestBody NewReward request) {
		return this.catalog.add(request);
	}

	@PutMapping("/rewards/{id}")
	@Operation(summary = "Change a reward (admins only)",
			description = "Takes the same body as adding one, and replaces the reward's name, description, cost and "
					+ "offer: whoever takes it from now on pays and gets the new terms, coupons already issued keep "
					+ "theirs. A retired reward stays retired.")
	RewardResponse revise(@PathVariable UUID id, @Valid @RequestBody NewReward request) {
		return this.catalog.revise(id, request);
	}

	@DeleteMapping("/rewards/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire a reward (admins only)",
			description = "The reward is not deleted but retired, for good: it is no longer listed and taking it is 404 "
					+ "reward-not-found, while the coupons already issued for it stay usable and its history stays. "
					+ "Retiring it again changes nothing.")
	void retire(@PathVariable UUID id) {
		this.catalog.retire(id);
	}

	@PostMapping("/redeem")
	@Operation(summary = "Take a reward for the caller's points (customers)",
			description = "Answers 201 with the points taken, the balance left and the coupon the reward gives: a code "
					+ "of the caller's own, for one order, to enter as couponCode at checkout (GET "
					+ "/api/v1/loyalty/coupons lists them). With an Idempotency-Key header "
					+ "(8-100 letters, digits, -, _, . or :) the reward is taken once: the same request again with "
					+ "the key answers 200 with the first answer (Idempotent-Replayed: true) and takes no more "
					+ "points; another reward under the key is 422 idempotency-key-reused. Without one, every "
					+ "request takes the reward again.",
			responses = { @ApiResponse(responseCode = "201", description = "Taken"),
					@ApiResponse(responseCode = "200", description = "Taken before under this Idempotency-Key",
							headers = @Header(name = IdempotencyKeys.REPLAYED, schema = @Schema(type = "boolean"))) })
	ResponseEntity<Redemption> redeem(@Valid @RequestBody Redeem request,
			@Parameter(description = "Makes a retry or a second tap take the reward once") @RequestHeader(
					name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			@AuthenticationPrincipal AuthenticatedUser customer) {
		RewardCatalog.Redeemed redeemed = this.catalog.redeem(customer.id(), request.rewardId(),
				IdempotencyKeys.optional(idempotencyKey));
		return ResponseEntity.status(redeemed.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.header(IdempotencyKeys.REPLAYED, String.valueOf(redeemed.replayed()))
			.body(redeemed.redemption());
	}

}
