package com.jainshikanji.loyalty.rewards;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Requests and answers of the reward catalog. */
final class RewardRequests {

	private RewardRequests() {
	}

	/** A new reward, by an admin. */
	record NewReward(@NotBlank @Size(max = 255) String name, @Nullable @Size(max = 1000) String description,
			@NotNull @Min(1) @Max(1_000_000) Integer pointsCost) {
	}

	/** A customer takes a reward for their points. */
	record Redeem(@NotNull UUID rewardId) {
	}

	record RewardResponse(UUID id, String name, @Nullable String description, int pointsCost) {

		static RewardResponse of(Reward reward) {
			return new RewardResponse(reward.id(), reward.name(), reward.description(), reward.pointsCost());
		}

	}

	/**
	 * @param balance the customer's points after taking it
	 */
	record Redemption(UUID rewardId, String name, int points, long balance) {
	}

}
