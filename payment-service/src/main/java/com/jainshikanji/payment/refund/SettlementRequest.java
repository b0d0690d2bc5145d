package com.jainshikanji.payment.refund;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Record that a payment's refund owed was given back outside Razorpay.
 *
 * @param amount in rupees; everything owed when left out
 * @param method how it was given back, which the customer is told
 * @param reference the money given back, for the books and the customer: the bank
 * transfer's UTR (required for a transfer), or a note of who handed over what (optional
 * for cash)
 */
@ReferencedWhereNeeded
record SettlementRequest(@Nullable @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
		@NotNull SettlementMethod method, @Nullable @Size(max = SettlementRequest.REFERENCE_LENGTH) String reference) {

	/** What {@code refunds.reference} holds. */
	static final int REFERENCE_LENGTH = 200;

	/** The reference without surrounding blanks; none when it is left out or blank. */
	@Nullable String givenReference() {
		return (this.reference == null || this.reference.isBlank()) ? null : this.reference.strip();
	}

}
