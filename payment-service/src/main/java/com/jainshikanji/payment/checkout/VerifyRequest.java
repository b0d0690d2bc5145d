package com.jainshikanji.payment.checkout;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What Razorpay Checkout's success handler returns, passed on as it is.
 *
 * @param razorpayOrderId the Razorpay order the app opened Checkout with
 * @param razorpayPaymentId the payment Checkout made
 * @param razorpaySignature Razorpay's signature of the two
 */
record VerifyRequest(
		@JsonProperty("razorpay_order_id") @NotBlank @Size(max = 64) @Pattern(regexp = "order_[A-Za-z0-9]+",
				message = "must be a Razorpay order id (order_...)") String razorpayOrderId,
		@JsonProperty("razorpay_payment_id") @NotBlank @Size(max = 64) @Pattern(regexp = "pay_[A-Za-z0-9]+",
				message = "must be a Razorpay payment id (pay_...)") String razorpayPaymentId,
		@JsonProperty("razorpay_signature") @NotBlank @Size(max = 128) String razorpaySignature) {
}
