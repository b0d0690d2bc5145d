/**
 * Completing or failing a checkout, by script or on a tiny HTML page, as Razorpay
 * Checkout would.
 */
@NullMarked
package com.jainshikanji.sandbox.checkout;

import org.jspecify.annotations.NullMarked;
