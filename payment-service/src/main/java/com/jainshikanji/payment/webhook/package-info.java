/**
 * Razorpay's webhooks: signature checked on the raw body, stored once per event id, then
 * processed, and retried until they can be.
 */
@NullMarked
package com.jainshikanji.payment.webhook;

import org.jspecify.annotations.NullMarked;
