package com.jainshikanji.loyalty.rewards;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.loyalty.rewards.RewardRequests.NewReward;
import com.jainshikanji.loyalty.rewards.RewardRequests.Redeem;
import com.jainshikanji.loyalty.rewards.RewardRequests.Redemption;
import com.jainshikanji.loyalty.rewards.RewardRequests.RewardResponse;

@RestController
@RequestMapping("/api/v1/loyalty")
@Tag(name = "Rewards", description = "The reward catalog, and taking a reward for points.")
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
	@Operation(summary = "Add a reward to the catalog (admins only)")
	RewardResponse add(@Valid @RequestBody NewReward request) {
		return this.catalog.add(request.name().strip(), request.description(), request.pointsCost());
	}

	@PostMapping("/redeem")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take a reward for the caller's points (customers)")
	Redemption redeem(@Valid @RequestBody Redeem request, @AuthenticationPrincipal AuthenticatedUser customer) {
		return this.catalog.redeem(customer.id(), request.rewardId());
	}

}
