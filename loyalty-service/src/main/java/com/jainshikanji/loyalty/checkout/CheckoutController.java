package com.jainshikanji.loyalty.checkout;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/loyalty/holds")
@Tag(name = "Order holds", description = "Points and coupon uses held for orders (the order service only).")
class CheckoutController {

	private final Checkout checkout;

	CheckoutController(Checkout checkout) {
		this.checkout = checkout;
	}

	@PostMapping
	@Operation(summary = "Hold points and reserve a coupon use for an order being placed (idempotent per order id)")
	HoldResponse hold(@Valid @RequestBody HoldRequest request) {
		return this.checkout.hold(request);
	}

	@PostMapping("/{orderId}/release")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Return an order's hold because the order was not placed after all (idempotent)")
	void release(@PathVariable UUID orderId) {
		this.checkout.release(orderId);
	}

}
