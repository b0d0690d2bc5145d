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
		if (discountType == DiscountType.PERCENTAGE && discountValue.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new InvalidCampaign("discountValue", "a percentage is at most 100");
		}
		applicableProducts = List.copyOf(applicableProducts);
		applicableCategories = List.copyOf(applicableCategories);
		customerTiers = Set.copyOf(customerTiers);
	}

}
