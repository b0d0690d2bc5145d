package com.jainshikanji.order.loyalty;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The loyalty service's hold request and answer, as far as order placement reads them
 * (examples in {@code src/test/resources/contracts/loyalty}, checked against the real
 * service by its {@code OrderServiceContractTests}).
 */
final class LoyaltyApi {

	private LoyaltyApi() {
	}

	record HoldRequest(UUID orderId, UUID customerId, @Nullable String couponCode, int pointsToRedeem,
			BigDecimal subtotal, BigDecimal deliveryFee, List<Line> lines) {
	}

	record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {
	}

	record Hold(UUID orderId, String status, @Nullable String couponCode, BigDecimal discount, boolean freeDelivery,
			int points, BigDecimal loyaltyDiscount) {
	}

}
