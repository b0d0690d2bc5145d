package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.store.PostalCodes;

/**
 * The delivery quote, public: apps show it while the basket fills, and order placement
 * checks it before accepting an order.
 */
@RestController
class DeliveryQuoteController {

	private final DeliveryQuotes quotes;

	DeliveryQuoteController(DeliveryQuotes quotes) {
		this.quotes = quotes;
	}

	@GetMapping("/api/v1/stores/{storeId}/delivery-quote")
	DeliveryQuote quote(@PathVariable UUID storeId,
			@RequestParam @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE) String postalCode,
			@RequestParam(required = false) @DecimalMin("0.00") @Digits(integer = 8,
					fraction = 2) BigDecimal subtotal) {
		return this.quotes.quote(storeId, postalCode, Money.ofNullable(subtotal));
	}

}
