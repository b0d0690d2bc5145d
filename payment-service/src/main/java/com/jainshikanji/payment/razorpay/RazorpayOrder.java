package com.jainshikanji.payment.razorpay;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Razorpay's order entity, as far as we read it. Amounts in paise.
 *
 * @param id e.g. {@code order_DBJOWzybf0sJbb}
 * @param status created, attempted or paid
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RazorpayOrder(String id, long amount, @JsonProperty("amount_paid") long amountPaid,
		@JsonProperty("amount_due") long amountDue, String currency, @Nullable String receipt, String status,
		int attempts, @JsonProperty("created_at") long createdAt) {
}
