package com.jainshikanji.loyalty.rewards;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.coupons.CouponOffer;
import com.jainshikanji.loyalty.coupons.DiscountType;
import com.jainshikanji.loyalty.coupons.IssuedCoupon;

/** Requests and answers of the reward catalog. */
final class RewardRequests {

	private RewardRequests() {
	}

	/**
	 * A reward as an admin writes it, new or revised, and the coupon it gives: by default
	 * one item free (the cheapest of {@code applicableProducts} in the cart, of any
	 * product when none are named), valid for 30 days.
	 *
	 * @param discountType free_item, fixed, percentage or free_delivery
	 * @param discountValue rupees for fixed, percent for percentage; ignored otherwise
	 * @param maxDiscount the most its coupon takes off, in rupees; no cap when absent
	 */
	record NewReward(@NotBlank @Size(max = 255) String name, @Nullable @Size(max = 1000) String description,
			@NotNull @Min(1) @Max(1_000_000) Integer pointsCost,
			@Nullable @Pattern(regexp = "(?i)percentage|fixed|free_delivery|free_item") String discountType,
			@Nullable @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 8,
					fraction = 2) BigDecimal discountValue,
			@Nullable @DecimalMax("100000") @Digits(integer = 8, fraction = 2) BigDecimal maxDiscount,
			@Nullable @Size(max = 200) List<@NotNull UUID> applicableProducts,
			@Nullable @Min(1) @Max(366) Integer validDays) {

		CouponOffer offer() {
			CouponOffer standard = CouponOffer.FREE_ITEM;
			return new CouponOffer(
					(this.discountType != null) ? DiscountType.of(this.discountType) : standard.discountType(),
					(this.discountValue != null) ? this.discountValue : BigDecimal.ZERO, this.maxDiscount,
					(this.applicableProducts != null) ? this.applicableProducts : standard.applicableProducts(),
					(this.validDays != null) ? this.validDays : standard.validDays());
		}

	}

	/** A customer takes a reward for their points. */
	record Redeem(@NotNull UUID rewardId) {
	}

	/**
	 * @param discountType what its coupon takes off: free_item, fixed, percentage or
	 * free_delivery
	 * @param maxDiscount the most its coupon takes off; no cap when absent
	 * @param applicableProducts the products its coupon applies to; any when empty
	 * @param validDays how long its coupon stays valid
	 * @param active whether it is in the catalog; false once retired
	 */
	record RewardResponse(UUID id, String name, @Nullable String description, int pointsCost, String discountType,
			BigDecimal discountValue, @Nullable BigDecimal maxDiscount, List<UUID> applicableProducts, int validDays,
			boolean active) {

		static RewardResponse of(Reward reward) {
			CouponOffer offer = reward.offer();
			return new RewardResponse(reward.id(), reward.name(), reward.description(), reward.pointsCost(),
					offer.discountType().code(), offer.discountValue(), offer.maxDiscount(), offer.applicableProducts(),
					offer.validDays(), reward.active());
		}

	}

	/**
	 * @param balance the customer's points after taking it
	 * @param coupon the coupon it gave, to enter at checkout
	 */
	record Redemption(UUID rewardId, String name, int points, long balance, IssuedCoupon coupon) {
	}

}
