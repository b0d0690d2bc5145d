package com.jainshikanji.loyalty.coupons;

import java.util.Locale;

/** Why a coupon does not apply to a cart; the code is what clients switch on. */
enum Refusal {

	UNKNOWN_CODE("No campaign has this code"), INACTIVE("The campaign is switched off"),
	NOT_STARTED("The campaign has not started yet"), EXPIRED("The campaign has ended"),
	BELOW_MINIMUM("The cart is below the campaign's minimum order value"),
	NO_APPLICABLE_ITEMS("No item in the cart is one the campaign covers"),
	NO_DELIVERY_FEE("The order has no delivery fee to waive"),
	TIER_NOT_ELIGIBLE("The campaign is for other loyalty tiers"), USED_UP("The campaign's uses are all taken"),
	CUSTOMER_LIMIT_REACHED("You have used this coupon as often as the campaign allows");

	private final String message;

	Refusal(String message) {
		this.message = message;
	}

	String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	String message() {
		return this.message;
	}

}
