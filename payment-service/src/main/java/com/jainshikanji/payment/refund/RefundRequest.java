package com.jainshikanji.payment.refund;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Refund a payment, in full or in part.
 *
 * @param amount in rupees; everything still refundable when left out
 * @param reason why, for the customer and the books
 */
record RefundRequest(@Nullable @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
		@NotBlank @Size(max = 500) String reason) {
}
