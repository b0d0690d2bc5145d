package com.jainshikanji.inventory.ordering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.inventory.security.StoreAccess;

/**
 * Pricing all the items of an order at once. Public, like pricing one product; how many
 * units the store has is for those who may see its stock
 * ({@link StoreAccess#seesUnitsAt}).
 */
@RestController
@Tag(name = "Products")
class OrderPricingController {

	private final OrderPricing pricing;

	private final StoreAccess access;

	OrderPricingController(OrderPricing pricing, StoreAccess access) {
		this.pricing = pricing;
		this.access = access;
	}

	@PostMapping("/api/v1/products/prices")
	@Operation(summary = "Price the items of an order at a store",
			description = "Each item's unit price with its options, name, sku and category, and whether it can be "
					+ "ordered at the store now (orderable; stockStatus IN_STOCK, LOW or OUT_OF_STOCK). How many "
					+ "units the store can still sell (available) is only for the store's staff, admins and other "
					+ "services; others do not get it. An item whose product is unknown or whose options do not fit "
					+ "is a 422 whose type (and rule) names the rule broken and whose itemIndex (from 0) and "
					+ "productIds name the item.")
	PricesResponse price(@Valid @RequestBody PricesRequest request,
			@AuthenticationPrincipal @Nullable AuthenticatedUser user) {
		return this.pricing.price(request, this.access.seesUnitsAt(request.storeId(), user));
	}

}
