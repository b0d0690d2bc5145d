package com.jainshikanji.loyalty.rewards;

import java.util.UUID;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemType;

@ProblemType(status = HttpStatus.NOT_FOUND, slug = "reward-not-found", title = "Reward not found")
class RewardNotAvailable extends RuntimeException {

	RewardNotAvailable(UUID id) {
		super("No reward " + id + " in the catalog");
	}

}
