package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.PostalCodes;
import com.jainshikanji.store.validation.DateWithin;

/**
 * The delivery and pickup quotes, public: apps show them while the basket fills, and
 * order placement checks them before accepting an order.
 */
@RestController
@Tag(name = "Delivery quotes", description = "Whether, at what fee and how fast a store delivers to a postal code "
		+ "right now, and whether an order of a given subtotal can be placed; whether it takes pickup and dine-in "
		+ "orders now. Public.")
class DeliveryQuoteController {

	private static final String AT = "The moment the order is for (a scheduled order, ISO-8601): the opening hours "
			+ "are judged then (openNow says whether they cover it). Now when left out.";

	private final DeliveryQuotes quotes;

	DeliveryQuoteController(DeliveryQuotes quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/api/v1/stores/{storeId}/delivery-quote")
	@Operation(summary = "Quote delivery of an order to a postal code",
			description = "Without a subtotal, neither the minimum order nor free delivery is judged. "
					+ "An order can be placed when orderable is true; blockers say why not.")
	DeliveryQuote quote(@PathVariable UUID storeId,
			@RequestParam @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE) String postalCode,
			@RequestParam(required = false) @Nullable @DecimalMin("0.00") @Digits(integer = 8,
					fraction = 2) BigDecimal subtotal,
			@Parameter(description = AT) @RequestParam(required = false) @Nullable @DateWithin(from = "2000-01-01",
					to = "2999-12-31") Instant at) {
		return this.quotes.quote(storeId, postalCode, Money.ofNullable(subtotal), at);
	}

	@GetMapping("/api/v1/stores/{storeId}/pickup-quote")
	@Operation(summary = "Quote an order collected at the store (pickup or dine-in)",
			description = "Whether the store is open and accepting orders now, and how long it takes to prepare one. "
					+ "No zone, fee or minimum order applies. An order can be placed when orderable is true; "
					+ "blockers say why not.")
	PickupQuote pickupQuote(@PathVariable UUID storeId,
			@Parameter(description = AT) @RequestParam(required = false) @Nullable @DateWithin(from = "2000-01-01",
					to = "2999-12-31") Instant at) {
		return this.quotes.pickup(storeId, at);
	}

}
