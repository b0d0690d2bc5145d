package com.jainshikanji.loyalty.rewards;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.loyalty.coupons.CouponOffer;
import com.jainshikanji.loyalty.coupons.Coupons;
import com.jainshikanji.loyalty.coupons.IssuedCoupon;
import com.jainshikanji.loyalty.points.PointsLedger;
import com.jainshikanji.loyalty.rewards.RewardRequests.Redemption;
import com.jainshikanji.loyalty.rewards.RewardRequests.RewardResponse;

@Service
@Transactional
class RewardCatalog {

	private final Rewards rewards;

	private final PointsLedger points;

	private final Coupons coupons;

	private final AuditLog audit;

	private final Clock clock;

	RewardCatalog(Rewards rewards, PointsLedger points, Coupons coupons, AuditLog audit, Clock clock) {
		this.rewards = rewards;
		this.points = points;
		this.coupons = coupons;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<RewardResponse> active() {
		return this.rewards.findByActiveTrueOrderByPointsCostAscNameAsc().stream().map(RewardResponse::of).toList();
	}

	RewardResponse add(String name, @Nullable String description, int pointsCost, CouponOffer offer) {
		Reward reward = this.rewards.save(new Reward(name, description, pointsCost, offer, this.clock.instant()));
		this.audit.record(AuditEvent.of("reward.created", "reward", reward.id())
			.with("name", name)
			.with("pointsCost", pointsCost)
			.with("offer", offer));
		return RewardResponse.of(reward);
	}

	/**
	 * The customer takes the reward: its points leave their balance in one ledger entry,
	 * which pays for a coupon of their own with the reward's offer; once per request key
	 * when there is one (a repeat answers the coupon issued the first time).
	 * @throws RewardNotAvailable when it is not in the catalog
	 * @throws com.jainshikanji.loyalty.points.InsufficientPoints when the balance is
	 * short
	 */
	Redeemed redeem(UUID customerId, UUID rewardId, @Nullable String requestKey) {
		Reward reward = this.rewards.findById(rewardId)
			.filter(Reward::active)
			.orElseThrow(() -> new RewardNotAvailable(rewardId));
		PointsLedger.Redeemed redeemed = this.points.redeemForReward(customerId, reward.id(), reward.name(),
				reward.pointsCost(), requestKey);
		IssuedCoupon coupon = this.coupons.issue(customerId, redeemed.entryId(), reward.name(), reward.description(),
				reward.offer());
		return new Redeemed(new Redemption(reward.id(), reward.name(), redeemed.points(), redeemed.balance(), coupon),
				redeemed.replayed());
	}

	/**
	 * @param replayed whether the request was a repeat under its Idempotency-Key
	 */
	record Redeemed(Redemption redemption, boolean replayed) {
	}

}
