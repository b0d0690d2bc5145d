package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A coupon of the customer's own, as they see it.
 *
 * @param code what to enter at checkout
 * @param discountType percentage, fixed, free_delivery or free_item
 * @param maxDiscount the most it takes off; no cap when absent
 * @param applicableProducts the products it applies to; any when empty
 * @param validUntil the coupon no longer applies from this instant
 */
public record IssuedCoupon(String code, String name, @Nullable String description, String discountType,
		BigDecimal discountValue, @Nullable BigDecimal maxDiscount, List<UUID> applicableProducts, Instant validUntil,
		Status status) {

	public enum Status {

		/** It can be used at checkout. */
		AVAILABLE,
		/**
		 * An order placed with it is waiting to be confirmed; cancelled, the coupon is
		 * available again.
		 */
		HELD,
		/**
		 * A confirmed order used it; cancelled or refunded in full, the coupon is
		 * available again while valid.
		 */
		USED,
		/** Its validity ended unused. */
		EXPIRED,
		/** An admin switched it off. */
		WITHDRAWN

	}

	static IssuedCoupon of(Campaign coupon, @Nullable CampaignUsage use, Instant now) {
		CampaignTerms terms = coupon.terms();
		Status status;
		if (use != null) {
			status = (use.status() == CampaignUsage.Status.CONFIRMED) ? Status.USED : Status.HELD;
		}
		else if (!terms.active()) {
			status = Status.WITHDRAWN;
		}
		else {
			status = now.isBefore(terms.endDate()) ? Status.AVAILABLE : Status.EXPIRED;
		}
		return new IssuedCoupon(Objects.requireNonNull(terms.code()), terms.name(), terms.description(),
				terms.discountType().code(), terms.discountValue(), terms.maxDiscount(), terms.applicableProducts(),
				terms.endDate(), status);
	}

}
