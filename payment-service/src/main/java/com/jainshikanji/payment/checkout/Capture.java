package com.jainshikanji.payment.checkout;

import com.jainshikanji.common.money.Money;

/**
 * A captured provider payment, as the provider reported it.
 *
 * @param providerPaymentId Razorpay's payment id, {@code pay_...}
 * @param method what the customer paid with (card, upi, ...)
 * @param amount how much was captured, in rupees
 */
record Capture(String providerPaymentId, String method, Money amount) {
}
