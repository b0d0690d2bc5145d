package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.loyalty.points.PointsLedger;

@RestController
@RequestMapping("/api/v1/loyalty/coupons")
@Validated
@Tag(name = "Coupons", description = "Whether a coupon code applies to a cart, before checkout; the coupons a "
		+ "customer took as rewards.")
class CouponController {

	private final Coupons coupons;

	private final PointsLedger points;

	CouponController(Coupons coupons, PointsLedger points) {
		this.coupons = coupons;
		this.points = points;
	}

	@GetMapping
	@Operation(summary = "The caller's own coupons, taken as rewards, newest first (customers)",
			description = "Each with its code to enter at checkout, what it takes off, until when, and its status: "
					+ "AVAILABLE, HELD (an order placed with it awaits confirmation; cancelled, it is available "
					+ "again), USED, EXPIRED or WITHDRAWN.")
	List<IssuedCoupon> mine(@AuthenticationPrincipal AuthenticatedUser customer) {
		return this.coupons.issuedTo(customer.id());
	}

	/**
	 * The cart travels in the query: its subtotal and delivery fee, and the products
	 * (with their categories, in the same order) in it. The discount shown is an estimate
	 * over the subtotal shared evenly by the products; placement prices it exactly.
	 */
	@GetMapping("/{code}")
	@Operation(summary = "Whether a code applies to the caller's cart, what it would take off, and why not")
	CouponCheckResponse check(@PathVariable @Size(max = 50) String code,
			@RequestParam @DecimalMin("0") @DecimalMax("1000000") BigDecimal subtotal,
			@RequestParam(defaultValue = "0") @DecimalMin("0") @DecimalMax("100000") BigDecimal deliveryFee,
			@RequestParam(name = "productId", required = false) @Size(max = 50) @Nullable List<UUID> productIds,
			@RequestParam(name = "categoryId", required = false) @Size(max = 50) @Nullable List<UUID> categoryIds,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.coupons.check(code, user.id(), this.points.tierOf(user.id()),
				cart(subtotal, deliveryFee, productIds, categoryIds));
	}

	private static Cart cart(BigDecimal subtotal, BigDecimal deliveryFee, @Nullable List<UUID> productIds,
			@Nullable List<UUID> categoryIds) {
		List<UUID> products = (productIds != null) ? productIds : List.of();
		List<UUID> categories = (categoryIds != null) ? categoryIds : List.of();
		List<Cart.Line> lines = new ArrayList<>();
		if (products.isEmpty()) {
			lines.add(new Cart.Line(new UUID(0, 0), categories.isEmpty() ? null : categories.getFirst(), subtotal, 1));
		}
		else {
			BigDecimal share = subtotal.divide(BigDecimal.valueOf(products.size()), 2, RoundingMode.DOWN);
			for (int index = 0; index < products.size(); index++) {
				lines.add(new Cart.Line(products.get(index), (index < categories.size()) ? categories.get(index) : null,
						share, 1));
			}
		}
		return new Cart(subtotal, deliveryFee, lines);
	}

}
