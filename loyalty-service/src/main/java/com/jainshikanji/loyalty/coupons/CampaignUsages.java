package com.jainshikanji.loyalty.coupons;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignUsages extends JpaRepository<CampaignUsage, UUID> {

	Optional<CampaignUsage> findByOrderId(UUID orderId);

	@Query("""
			select count(u) from CampaignUsage u where u.campaignId = :campaignId and u.customerId = :customerId
			and u.status <> com.jainshikanji.loyalty.coupons.CampaignUsage.Status.RELEASED
			""")
	long countActive(UUID campaignId, UUID customerId);

	@Query("""
			select u from CampaignUsage u where u.campaignId in :campaignIds
			and u.status <> com.jainshikanji.loyalty.coupons.CampaignUsage.Status.RELEASED
			""")
	List<CampaignUsage> findActive(Collection<UUID> campaignIds);

}
