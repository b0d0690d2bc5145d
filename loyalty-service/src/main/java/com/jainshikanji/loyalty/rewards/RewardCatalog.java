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
import com.jainshikanji.loyalty.rewards.RewardRequests.NewReward;
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

	RewardResponse add(NewReward request) {
		CouponOffer offer = request.offer();
		Reward reward = this.rewards.save(new Reward(request.name().strip(), request.description(),
				request.pointsCost(), offer, this.clock.instant()));
		this.audit.record(AuditEvent.of("reward.created", "reward", reward.id())
			.with("name", reward.name())
			.with("pointsCost", reward.pointsCost())
			.with("offer", offer));
		return RewardResponse.of(reward);
	}

	/**
	 * Changes a reward under its row lock, so admins' changes queue and each audit entry
	 * shows what the change found; retired, it stays retired.
	 * @throws RewardNotAvailable when there is no such reward
	 */
	RewardResponse revise(UUID id, NewReward request) {
		Reward reward = this.rewards.lockById(id).orElseThrow(() -> new RewardNotAvailable(id));
		RewardResponse before = RewardResponse.of(reward);
		reward.revise(request.name().strip(), request.description(), request.pointsCost(), request.offer(),
				this.clock.instant());
		RewardResponse after = RewardResponse.of(reward);
		this.audit.record(AuditEvent.of("reward.updated", "reward", id).with("before", before).with("after", after));
		return after;
	}

	/**
	 * Takes a reward out of the catalog, once: retiring it again changes nothing. Coupons
	 * already issued for it stay usable.
	 * @throws RewardNotAvailable when there is no such reward
	 */
	void retire(UUID id) {
		Reward reward = this.rewards.lockById(id).orElseThrow(() -> new RewardNotAvailable(id));
		if (reward.retire(this.clock.instant())) {
			this.audit.record(AuditEvent.of("reward.retired", "reward", id).with("name", reward.name()));
		}
	}

	/**
	 * The customer takes the reward: its points leave their balance in one ledger entry,
	 * which pays for a coupon of their own with the reward's offer; once per request key
	 * when there is one (a repeat answers the coupon issued the first time). Holds the
	 * reward against changes meanwhile, so one retired is not taken after.
	 * @throws RewardNotAvailable when it is not in the catalog
	 * @throws com.jainshikanji.loyalty.points.InsufficientPoints when the balance is
	 * short
	 */
	Redeemed redeem(UUID customerId, UUID rewardId, @Nullable String requestKey) {
		Reward reward = this.rewards.findForRedemption(rewardId)
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
