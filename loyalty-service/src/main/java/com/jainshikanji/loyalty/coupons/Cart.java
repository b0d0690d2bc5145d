package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a coupon is judged against: the order's priced lines (by the order service, never
 * by the customer at placement) and its delivery fee.
 *
 * @param subtotal the lines together, in rupees
 * @param deliveryFee the delivery fee, zero for pickup and dine-in
 */
public record Cart(BigDecimal subtotal, BigDecimal deliveryFee, List<Line> lines) {

	public Cart {
		lines = List.copyOf(lines);
	}

	/**
	 * @param unitPrice one unit with its options, in rupees
	 */
	public record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {

		BigDecimal total() {
			return this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		}

	}

}
