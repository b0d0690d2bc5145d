package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.points.Tier;

/**
 * Everything an admin decides about a campaign.
 *
 * @param code the coupon code, upper case; {@code null} for a campaign without a code
 * @param type discount, bogo, free_delivery, loyalty_bonus or referral
 * @param applicableProducts only these products count; all when empty
 * @param applicableCategories only products of these categories count; all when empty
 * @param customerTiers only customers of these tiers may use it; all when empty
 * @param usageLimit uses in all; unlimited when {@code null}
 */
record CampaignTerms(String name, @Nullable String code, @Nullable String description, String type,
		DiscountType discountType, BigDecimal discountValue, @Nullable BigDecimal minOrderValue,
		@Nullable BigDecimal maxDiscount, List<UUID> applicableProducts, List<UUID> applicableCategories,
		Set<Tier> customerTiers, @Nullable Integer usageLimit, int usagePerCustomer, Instant startDate, Instant endDate,
		boolean active) {

	CampaignTerms {
		if (!endDate.isAfter(startDate)) {
			throw new InvalidCampaign("endDate", "must be after startDate");
		}
		applicableProducts = List.copyOf(applicableProducts);
		applicableCategories = List.copyOf(applicableCategories);
		customerTiers = Set.copyOf(customerTiers);
	}

	/**
	 * Refuses terms whose discount contradicts itself or the campaign's type, by the
	 * rules rewards' coupons keep too ({@link DiscountType#check}). Checked when terms
	 * are set, not when a stored campaign's are read back: one stored before a rule came
	 * is still shown, and can be corrected.
	 * @throws InvalidCampaign naming the field and the rule it breaks
	 */
	void requireConsistent() {
		this.discountType.check(this.discountValue, this.maxDiscount, InvalidCampaign::new);
		if (this.type.equals("free_delivery") && this.discountType != DiscountType.FREE_DELIVERY) {
			throw new InvalidCampaign("discountType", "must be free_delivery for a free_delivery campaign");
		}
	}

}
