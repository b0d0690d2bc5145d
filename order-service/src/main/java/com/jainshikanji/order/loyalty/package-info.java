/**
 * The loyalty service as order placement calls it: points and a coupon use held for the
 * order, and what they take off.
 */
@NullMarked
package com.jainshikanji.order.loyalty;

import org.jspecify.annotations.NullMarked;
