package com.jainshikanji.analytics.funnel;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The steps of a visit the apps report; orders placed and paid come from the order
 * events.
 */
enum ClientEventType {

	@JsonProperty("product_viewed")
	PRODUCT_VIEWED("product_viewed", true),

	@JsonProperty("added_to_cart")
	ADDED_TO_CART("added_to_cart", true),

	@JsonProperty("checkout_started")
	CHECKOUT_STARTED("checkout_started", false);

	private final String code;

	private final boolean aboutAProduct;

	ClientEventType(String code, boolean aboutAProduct) {
		this.code = code;
		this.aboutAProduct = aboutAProduct;
	}

	String code() {
		return this.code;
	}

	/** Whether the event must name the product. */
	boolean isAboutAProduct() {
		return this.aboutAProduct;
	}

}
