/**
 * Razorpay's webhooks: signature checked on the raw body, stored once per event id, then
 * processed, and retried until they can be; those that never can are parked for an admin
 * to retry or discard.
 */
@NullMarked
package com.jainshikanji.payment.webhook;

import org.jspecify.annotations.NullMarked;
