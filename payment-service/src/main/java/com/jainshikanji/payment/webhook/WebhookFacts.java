package com.jainshikanji.payment.webhook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.payment.razorpay.RazorpayPayment;
import com.jainshikanji.payment.razorpay.RazorpayRefund;

/**
 * What processing needs of a webhook, and all that is stored of it: the event and the
 * payment and refund entities as far as we read them (ids, amounts, statuses, the method,
 * the failure reason), never the card, UPI, bank or contact details the payload carries.
 *
 * @param event e.g. {@code payment.captured}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WebhookFacts(String event, @Nullable RazorpayPayment payment, @Nullable RazorpayRefund refund) {
}
