/** The Razorpay API subset the payment service calls, as Razorpay shapes it. */
@NullMarked
package com.jainshikanji.sandbox.api;

import org.jspecify.annotations.NullMarked;
