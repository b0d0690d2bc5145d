package com.jainshikanji.customer.profile;

/** Mirrors the loyalty service's tier for display; never set from a request. */
enum LoyaltyTier {

	BRONZE, SILVER, GOLD, PLATINUM

}
