package com.jainshikanji.payment.checkout;

import java.util.List;
import java.util.UUID;

/**
 * An order's payments, oldest first: usually one; a failed one followed by a late capture
 * when money arrived after it failed.
 */
record OrderPaymentsResponse(UUID orderId, String orderNumber, List<PaymentResponse> payments) {
}
