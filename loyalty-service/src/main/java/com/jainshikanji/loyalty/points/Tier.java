package com.jainshikanji.loyalty.points;

import java.util.Optional;

/**
 * A customer's tier, from the points they earned in the rolling tier window; each tier
 * earns with its own multiplier ({@link LoyaltyProperties.Tiers}).
 */
public enum Tier {

	BRONZE, SILVER, GOLD, PLATINUM;

	/** The tier of a customer who earned these points in the window. */
	static Tier of(long earnedInWindow, LoyaltyProperties.Tiers tiers) {
		if (earnedInWindow >= tiers.platinum()) {
			return PLATINUM;
		}
		if (earnedInWindow >= tiers.gold()) {
			return GOLD;
		}
		if (earnedInWindow >= tiers.silver()) {
			return SILVER;
		}
		return BRONZE;
	}

	/** The tier above this one, none for the top tier. */
	Optional<Tier> next() {
		return (this == PLATINUM) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

}
