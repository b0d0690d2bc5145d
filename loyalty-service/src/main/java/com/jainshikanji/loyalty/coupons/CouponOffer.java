package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a coupon of a customer's own takes off, and for how many days it stays valid: what
 * a reward gives the customer who takes it.
 *
 * @param discountValue percent for percentage, rupees for fixed; zero for the others
 * @param maxDiscount the most it takes off, in rupees (a free item with its options, a
 * percentage of a large order); no cap when absent; none for free delivery
 * @param applicableProducts the products it applies to; any product when empty
 * @param validDays how long the coupon stays valid after it is issued
 */
public record CouponOffer(DiscountType discountType, BigDecimal discountValue, @Nullable BigDecimal maxDiscount,
		List<UUID> applicableProducts, int validDays) {

	/**
	 * Rewards that name nothing give this: one item free, the cheapest in the cart, for
	 * 30 days.
	 */
	public static final CouponOffer FREE_ITEM = new CouponOffer(DiscountType.FREE_ITEM, BigDecimal.ZERO, null,
			List.of(), 30);

	/**
	 * @throws InvalidOffer when the value does not fit the type, or the validity is not 1
	 * to 366 days
	 */
	public CouponOffer {
		discountType.check(discountValue, maxDiscount, InvalidOffer::new);
		if (validDays < 1 || validDays > 366) {
			throw new InvalidOffer("validDays", "must be 1 to 366 days");
		}
		discountValue = discountType.valued() ? discountValue.setScale(2, RoundingMode.HALF_UP)
				: BigDecimal.ZERO.setScale(2);
		maxDiscount = (maxDiscount != null) ? maxDiscount.setScale(2, RoundingMode.HALF_UP) : null;
		applicableProducts = List.copyOf(applicableProducts);
	}

}
