package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.coupons.Cart;

/**
 * What order placement asks loyalty to hold for an order, with the cart as it priced it.
 *
 * @param couponCode a code to reserve a use of, if any
 * @param pointsToRedeem points to debit for the order, if any
 * @param subtotal the lines together, in rupees
 * @param deliveryFee the store's fee, zero for pickup and dine-in
 */
record HoldRequest(@NotNull UUID orderId, @NotNull UUID customerId, @Nullable @Size(max = 50) String couponCode,
		@Nullable @Min(0) @Max(1_000_000) Integer pointsToRedeem,
		@NotNull @DecimalMin("0") @DecimalMax("10000000") BigDecimal subtotal,
		@NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal deliveryFee,
		@NotEmpty @Size(max = 100) List<@Valid @NotNull Line> lines) {

	Cart cart() {
		return new Cart(this.subtotal, this.deliveryFee, this.lines.stream()
			.map((line) -> new Cart.Line(line.productId(), line.categoryId(), line.unitPrice(), line.quantity()))
			.toList());
	}

	record Line(@NotNull UUID productId, @Nullable UUID categoryId,
			@NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal unitPrice,
			@NotNull @Min(1) @Max(1000) Integer quantity) {
	}

}
