package com.jainshikanji.payment.razorpay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Razorpay's payment entity, as far as we read it: ids, amount (paise), status and
 * method, never the card, VPA, bank, email or phone it also carries.
 *
 * @param id e.g. {@code pay_29QQoUBi66xm2f}
 * @param status created, authorized, captured, refunded or failed
 * @param orderId the Razorpay order it pays
 * @param method card, netbanking, wallet, emi, upi, ...
 * @param errorDescription why it failed, fit to show the customer
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RazorpayPayment(String id, long amount, String currency, String status,
		@JsonProperty("order_id") @Nullable String orderId, @Nullable String method,
		@JsonProperty("amount_refunded") long amountRefunded, boolean captured,
		@JsonProperty("error_code") @Nullable String errorCode,
		@JsonProperty("error_description") @Nullable String errorDescription,
		@JsonProperty("created_at") long createdAt) {

	public boolean wasCaptured() {
		return "captured".equals(this.status) || "refunded".equals(this.status)
				|| (this.captured && !"failed".equals(this.status));
	}

	public boolean wasAuthorized() {
		return "authorized".equals(this.status);
	}

	public boolean hasFailed() {
		return "failed".equals(this.status);
	}

}
