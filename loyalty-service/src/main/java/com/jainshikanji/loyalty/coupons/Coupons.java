package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.loyalty.points.Tier;

/**
 * Coupons at checkout: judged against the cart, then a use reserved for the order with a
 * conditional update (never above the limit) and a {@code UNIQUE(campaign, order)} row;
 * confirmed or released with the order. The per-customer limit relies on the caller
 * holding the customer's account lock, so one customer's checkouts are judged one after
 * the other.
 */
@Service
@Transactional
public class Coupons {

	private static final String CODE_DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Campaigns campaigns;

	private final CampaignUsages usages;

	private final Clock clock;

	Coupons(Campaigns campaigns, CampaignUsages usages, Clock clock) {
		this.campaigns = campaigns;
		this.usages = usages;
		this.clock = clock;
	}

	/**
	 * Whether a code applies to a cart for a customer of a tier, with the usage limits.
	 */
	@Transactional(readOnly = true)
	CouponCheckResponse check(String code, UUID customerId, Tier tier, Cart cart) {
		String normalized = normalize(code);
		Campaign campaign = this.campaigns.findByCode(normalized)
			.filter((found) -> found.isFor(customerId))
			.orElse(null);
		if (campaign == null) {
			return CouponCheckResponse.of(normalized, Evaluation.refused(Refusal.UNKNOWN_CODE));
		}
		Evaluation evaluation = campaign.evaluate(cart, tier, this.clock.instant());
		if (evaluation.applies()) {
			Refusal limit = limitReached(campaign, customerId);
			if (limit != null) {
				evaluation = Evaluation.refused(limit);
			}
		}
		return CouponCheckResponse.of(normalized, evaluation);
	}

	/**
	 * Reserves one use of the code for the order.
	 * @throws CouponNotApplicable when it does not apply or no use is left
	 */
	public AppliedCoupon reserve(String code, UUID customerId, Tier tier, UUID orderId, Cart cart) {
		String normalized = normalize(code);
		Campaign campaign = this.campaigns.findByCode(normalized)
			.filter((found) -> found.isFor(customerId))
			.orElseThrow(() -> new CouponNotApplicable(normalized, Refusal.UNKNOWN_CODE));
		Instant now = this.clock.instant();
		Evaluation evaluation = campaign.evaluate(cart, tier, now);
		if (!evaluation.applies()) {
			throw new CouponNotApplicable(normalized, Objects.requireNonNull(evaluation.refusal()));
		}
		if (this.usages.countActive(campaign.id(), customerId) >= campaign.usagePerCustomer()) {
			throw new CouponNotApplicable(normalized, Refusal.CUSTOMER_LIMIT_REACHED);
		}
		if (this.campaigns.takeUse(campaign.id()) == 0) {
			throw new CouponNotApplicable(normalized, Refusal.USED_UP);
		}
		BigDecimal applied = evaluation.freeDelivery() ? cart.deliveryFee() : evaluation.discount();
		this.usages.save(new CampaignUsage(campaign.id(), customerId, orderId, applied, now));
		return new AppliedCoupon(campaign.id(), normalized, evaluation.discount(), evaluation.freeDelivery());
	}

	/** Confirms the order's coupon use, if it has one not released. */
	public void confirm(UUID orderId) {
		this.usages.findByOrderId(orderId).ifPresent((usage) -> usage.confirm(this.clock.instant()));
	}

	/**
	 * Releases the order's coupon use, once, even a confirmed one (the order was
	 * cancelled or refunded in full): the campaign counts it again.
	 */
	public void release(UUID orderId) {
		this.usages.findByOrderId(orderId).ifPresent((usage) -> {
			if (usage.release(this.clock.instant())) {
				this.campaigns.giveBackUse(usage.campaignId());
			}
		});
	}

	/**
	 * Issues the customer a coupon of their own, paid for by a ledger entry (a reward
	 * taken); once per entry: asked again, it answers the coupon issued the first time.
	 * @param paidBy the ledger entry that paid for it
	 */
	public IssuedCoupon issue(UUID customerId, UUID paidBy, String name, @Nullable String description,
			CouponOffer offer) {
		Instant now = this.clock.instant();
		Campaign coupon = this.campaigns.findByIssuedFor(paidBy)
			.orElseGet(() -> this.campaigns
				.save(Campaign.personal(customerId, paidBy, name, description, newCode(), offer, now)));
		return IssuedCoupon.of(coupon, activeUses(List.of(coupon)).get(coupon.id()), now);
	}

	/** The customer's own coupons, newest first. */
	@Transactional(readOnly = true)
	List<IssuedCoupon> issuedTo(UUID customerId) {
		List<Campaign> coupons = this.campaigns.findByOwnerIdOrderByCreatedAtDescIdAsc(customerId);
		Map<UUID, CampaignUsage> uses = activeUses(coupons);
		Instant now = this.clock.instant();
		return coupons.stream().map((coupon) -> IssuedCoupon.of(coupon, uses.get(coupon.id()), now)).toList();
	}

	private Map<UUID, CampaignUsage> activeUses(List<Campaign> coupons) {
		if (coupons.isEmpty()) {
			return Map.of();
		}
		return this.usages.findActive(coupons.stream().map(Campaign::id).toList())
			.stream()
			.collect(Collectors.toMap(CampaignUsage::campaignId, Function.identity(), (first, second) -> first));
	}

	/**
	 * A code nobody guesses: "RW-" and eight of Crockford's base-32 digits (no I, L, O or
	 * U to misread), 40 random bits.
	 */
	private static String newCode() {
		char[] digits = new char[8];
		for (int index = 0; index < digits.length; index++) {
			digits[index] = CODE_DIGITS.charAt(RANDOM.nextInt(CODE_DIGITS.length()));
		}
		return "RW-" + new String(digits);
	}

	private @Nullable Refusal limitReached(Campaign campaign, UUID customerId) {
		if (campaign.usageLimit() != null && campaign.currentUsage() >= campaign.usageLimit()) {
			return Refusal.USED_UP;
		}
		if (this.usages.countActive(campaign.id(), customerId) >= campaign.usagePerCustomer()) {
			return Refusal.CUSTOMER_LIMIT_REACHED;
		}
		return null;
	}

	static String normalize(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

}
