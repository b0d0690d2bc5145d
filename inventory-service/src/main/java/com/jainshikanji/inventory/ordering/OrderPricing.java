package com.jainshikanji.inventory.ordering;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.inventory.catalog.ProductLookup;
import com.jainshikanji.inventory.catalog.ProductLookup.ItemPrice;
import com.jainshikanji.inventory.stock.StockLevels;

/**
 * Prices an order's items at a store for the order service, which trusts no price a
 * client sends: the catalog's prices with the chosen options, and the store's stock
 * saying whether each item can be had there.
 */
@Service
class OrderPricing {

	private final ProductLookup products;

	private final StockLevels stock;

	private final Clock clock;

	OrderPricing(ProductLookup products, StockLevels stock, Clock clock) {
		this.products = products;
		this.stock = stock;
		this.clock = clock;
	}

	/**
	 * @throws com.jainshikanji.inventory.catalog.InvalidSelection naming the item whose
	 * product is unknown or whose options do not fit
	 */
	@Transactional(readOnly = true)
	PricesResponse price(PricesRequest request) {
		List<ItemPrice> prices = this.products.priceItems(request.selections(), this.clock.instant());
		Map<UUID, Integer> available = this.stock.availableAt(request.storeId(),
				prices.stream().map(ItemPrice::productId).toList());
		List<PricesResponse.Item> items = prices.stream()
			.map((price) -> new PricesResponse.Item(price.productId(), price.productName(), price.sku(),
					price.categoryId(), price.basePrice().amount(),
					price.options()
						.stream()
						.map((option) -> new PricesResponse.Option(option.customizationId(), option.customization(),
								option.optionId(), option.option(), option.priceModifier().amount()))
						.toList(),
					price.unitPrice().amount(), price.quantity(), price.total().amount(),
					price.orderableNow() && available.containsKey(price.productId()),
					Math.max(0, available.getOrDefault(price.productId(), 0))))
			.toList();
		BigDecimal subtotal = items.stream().map(PricesResponse.Item::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new PricesResponse(request.storeId(), items, subtotal, "INR");
	}

}
