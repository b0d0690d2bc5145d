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
import com.jainshikanji.inventory.stock.SellableStock;
import com.jainshikanji.inventory.stock.StockLevels;

/**
 * Prices an order's items at a store for the order service, which trusts no price a
 * client sends: the catalog's prices with the chosen options, and the store's stock
 * saying whether each item can be had there (how many units, only to those who may see
 * the store's stock).
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
	 * @param withUnits whether to say how many units the store can still sell of each
	 * item, or only whether it is in stock, low or out
	 * @throws com.jainshikanji.inventory.catalog.InvalidSelection naming the item whose
	 * product is unknown or whose options do not fit
	 */
	@Transactional(readOnly = true)
	PricesResponse price(PricesRequest request, boolean withUnits) {
		List<ItemPrice> prices = this.products.priceItems(request.selections(), this.clock.instant());
		Map<UUID, SellableStock> sellable = this.stock.sellableAt(request.storeId(),
				prices.stream().map(ItemPrice::productId).toList());
		List<PricesResponse.Item> items = prices.stream().map((price) -> {
			SellableStock stock = sellable.getOrDefault(price.productId(), SellableStock.NONE);
			return new PricesResponse.Item(price.productId(), price.productName(), price.sku(), price.categoryId(),
					price.basePrice().amount(),
					price.options()
						.stream()
						.map((option) -> new PricesResponse.Option(option.customizationId(), option.customization(),
								option.optionId(), option.option(), option.priceModifier().amount()))
						.toList(),
					price.unitPrice().amount(), price.quantity(), price.total().amount(),
					price.orderableNow() && sellable.containsKey(price.productId()), stock.status(),
					withUnits ? Math.max(0, stock.available()) : null);
		}).toList();
		BigDecimal subtotal = items.stream().map(PricesResponse.Item::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new PricesResponse(request.storeId(), items, subtotal, "INR");
	}

}
