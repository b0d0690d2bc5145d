package com.jainshikanji.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The customer's standing in the loyalty programme, owned by the loyalty service and
 * mirrored here for the profile; never set from a request.
 *
 * @param points points collected
 * @param tier the tier they earned
 */
@Embeddable
record Loyalty(@Column(name = "loyalty_points") int points,
		@Column(name = "loyalty_tier") @Enumerated(EnumType.STRING) LoyaltyTier tier) {

	static final Loyalty NEW_MEMBER = new Loyalty(0, LoyaltyTier.BRONZE);

}
