package com.jainshikanji.payment.checkout;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A payment waiting for the customer, with what the app opens Razorpay Checkout with.
 *
 * @param amount in rupees
 * @param checkout Razorpay Checkout's options, as Checkout names them
 */
record InitiateResponse(UUID paymentId, UUID orderId, PaymentStatus status, BigDecimal amount, String currency,
		CheckoutOptions checkout) {

	static InitiateResponse of(PaymentView payment, String keyId, String orderNumber) {
		return new InitiateResponse(payment.id(), payment.orderId(), payment.status(), payment.amount().amount(),
				payment.currency(), new CheckoutOptions(keyId, payment.providerOrderId(), payment.amountInPaise(),
						payment.currency(), "Jain Shikanji", "Order " + orderNumber));
	}

	/**
	 * Razorpay Checkout's options.
	 *
	 * @param key the API key id
	 * @param orderId the Razorpay order to pay
	 * @param amount in paise
	 */
	record CheckoutOptions(String key, @JsonProperty("order_id") String orderId, long amount, String currency,
			String name, String description) {
	}

}
