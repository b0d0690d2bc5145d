package com.jainshikanji.inventory.ordering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Pricing all the items of an order at once. Public, like pricing one product. */
@RestController
@Tag(name = "Products")
class OrderPricingController {

	private final OrderPricing pricing;

	OrderPricingController(OrderPricing pricing) {
		this.pricing = pricing;
	}

	@PostMapping("/api/v1/products/prices")
	@Operation(summary = "Price the items of an order at a store",
			description = "Each item's unit price with its options, name, sku and category, and whether it can be "
					+ "ordered at the store now (orderable, available units). An item whose product is unknown or "
					+ "whose options do not fit is a 422 whose type (and rule) names the rule broken and whose "
					+ "itemIndex (from 0) and productIds name the item.")
	PricesResponse price(@Valid @RequestBody PricesRequest request) {
		return this.pricing.price(request);
	}

}
