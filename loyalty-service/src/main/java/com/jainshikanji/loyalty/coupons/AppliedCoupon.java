package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A coupon use reserved for an order.
 *
 * @param code the code as stored (upper case)
 * @param discount what it takes off the items, in rupees
 * @param freeDelivery whether the order's delivery fee is waived
 */
public record AppliedCoupon(UUID campaignId, String code, BigDecimal discount, boolean freeDelivery) {
}
