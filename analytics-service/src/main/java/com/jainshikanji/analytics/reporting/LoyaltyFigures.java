package com.jainshikanji.analytics.reporting;

import java.util.List;
import java.util.Map;

/**
 * The loyalty programme in a period, for the whole platform.
 *
 * @param pointsEarned points earned on orders and given by campaigns in the period
 * @param pointsRedeemed points redeemed in the period, net of those returned because
 * their order was cancelled
 * @param tierUpgrades customers' moves to a higher tier in the period
 * @param tierDowngrades customers' moves to a lower tier in the period
 * @param customersPerTier members per tier at the period's end, every tier named
 */
record LoyaltyFigures(long pointsEarned, long pointsRedeemed, long tierUpgrades, long tierDowngrades,
		Map<String, Long> customersPerTier) {

	/** The tiers, lowest first. */
	static final List<String> TIERS = List.of("BRONZE", "SILVER", "GOLD", "PLATINUM");

}
