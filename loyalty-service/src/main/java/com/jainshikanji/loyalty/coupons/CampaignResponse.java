package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.points.Tier;

/**
 * A campaign as admins see it.
 *
 * @param currentUsage uses reserved or confirmed
 */
record CampaignResponse(UUID id, String name, @Nullable String code, @Nullable String description, String type,
		String discountType, BigDecimal discountValue, @Nullable BigDecimal minOrderValue,
		@Nullable BigDecimal maxDiscount, List<UUID> applicableProducts, List<UUID> applicableCategories,
		Set<Tier> customerTiers, @Nullable Integer usageLimit, int usagePerCustomer, int currentUsage,
		Instant startDate, Instant endDate, boolean active, Instant createdAt, Instant updatedAt) {

	static CampaignResponse of(Campaign campaign) {
		CampaignTerms terms = campaign.terms();
		return new CampaignResponse(campaign.id(), terms.name(), terms.code(), terms.description(), terms.type(),
				terms.discountType().code(), terms.discountValue(), terms.minOrderValue(), terms.maxDiscount(),
				terms.applicableProducts(), terms.applicableCategories(), terms.customerTiers(), terms.usageLimit(),
				terms.usagePerCustomer(), campaign.currentUsage(), terms.startDate(), terms.endDate(), terms.active(),
				campaign.createdAt(), campaign.updatedAt());
	}

	record Page(List<CampaignResponse> items, int page, int size, long totalItems) {
	}

}
