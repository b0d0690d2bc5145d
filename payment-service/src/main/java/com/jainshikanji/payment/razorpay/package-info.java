/**
 * Our thin adapter over Razorpay's REST API (orders, payments, captures, refunds) and its
 * signatures; the only code that knows Razorpay's wire format.
 */
@NullMarked
package com.jainshikanji.payment.razorpay;

import org.jspecify.annotations.NullMarked;
