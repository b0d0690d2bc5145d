/**
 * The payment side of the order saga: the payment service's events, and the job that
 * cancels orders not paid in time.
 */
@NullMarked
package com.jainshikanji.order.payment;

import org.jspecify.annotations.NullMarked;
