package com.jainshikanji.payment.razorpay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Razorpay's refund entity, as far as we read it. Amount in paise.
 *
 * @param id e.g. {@code rfnd_FP8QHiV938haTz}
 * @param paymentId the payment refunded
 * @param receipt what we sent: our refund id
 * @param status pending, processed or failed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RazorpayRefund(String id, long amount, String currency, @JsonProperty("payment_id") String paymentId,
		@Nullable String receipt, String status, @JsonProperty("created_at") long createdAt) {

	public boolean wasProcessed() {
		return "processed".equals(this.status);
	}

	public boolean hasFailed() {
		return "failed".equals(this.status);
	}

}
