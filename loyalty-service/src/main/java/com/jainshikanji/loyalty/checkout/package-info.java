/**
 * What order placement holds for an order (points and a coupon use), confirmed or
 * returned with the order.
 */
@NullMarked
package com.jainshikanji.loyalty.checkout;

import org.jspecify.annotations.NullMarked;
