/**
 * Loyalty service: points, tiers, coupons and their part in the order saga.
 */
@NullMarked
package com.jainshikanji.loyalty;

import org.jspecify.annotations.NullMarked;
