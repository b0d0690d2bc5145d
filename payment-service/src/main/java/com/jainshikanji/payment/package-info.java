/**
 * The payment service, by feature: what it knows of orders, payments, refunds, the
 * Razorpay adapter and its webhooks.
 */
@NullMarked
package com.jainshikanji.payment;

import org.jspecify.annotations.NullMarked;
