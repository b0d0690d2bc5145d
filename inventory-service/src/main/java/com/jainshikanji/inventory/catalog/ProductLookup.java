package com.jainshikanji.inventory.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.InvalidSelection.Rule;

/** What other features may ask the catalog: which products exist, and can be ordered. */
@Service
public class ProductLookup {

	private final Products products;

	ProductLookup(Products products) {
		this.products = products;
	}

	/**
	 * The names of those of the given products that are in the catalog (not archived).
	 */
	@Transactional(readOnly = true)
	public Map<UUID, String> namesOf(Collection<UUID> productIds) {
		Map<UUID, String> names = new LinkedHashMap<>();
		if (!productIds.isEmpty()) {
			this.products.namesOfActive(Set.copyOf(productIds))
				.forEach((row) -> names.put((UUID) row[0], (String) row[1]));
		}
		return names;
	}

	/**
	 * Refuses unless every given product is in the catalog: a 404 naming the first one
	 * that is not.
	 */
	@Transactional(readOnly = true)
	public void requireAll(Collection<UUID> productIds) {
		Set<UUID> known = namesOf(productIds).keySet();
		Set<UUID> missing = productIds.stream()
			.filter((id) -> !known.contains(id))
			.collect(Collectors.toCollection(TreeSet::new));
		if (!missing.isEmpty()) {
			throw new ProductNotFound(missing.iterator().next());
		}
	}

	/**
	 * Refuses products of the catalog that cannot be ordered at the given time (archived,
	 * switched off or outside their window): a 422 {@code product-unavailable} naming
	 * every one. Ids the catalog never had are left to the caller (there is no stock of
	 * them either).
	 */
	@Transactional(readOnly = true)
	public void requireOrderable(Collection<UUID> productIds, Instant now) {
		List<Product> unorderable = this.products.findAllById(Set.copyOf(productIds))
			.stream()
			.filter((product) -> !product.orderableAt(now))
			.sorted(Comparator.comparing(Product::name))
			.toList();
		if (!unorderable.isEmpty()) {
			throw new InvalidSelection(Rule.PRODUCT_UNAVAILABLE,
					unorderable.stream()
						.map((product) -> "'" + product.name() + "' (" + product.id() + ")")
						.collect(Collectors.joining(", ")) + " cannot be ordered right now",
					unorderable.stream().map(Product::id).toList());
		}
	}

	/**
	 * Prices the items of an order, each with its options, as the catalog stands now, and
	 * says of each whether it can be ordered now. Unlike pricing one product, an item
	 * that cannot be ordered now is reported, not refused: the caller decides.
	 * @return one price per item, in the same order
	 * @throws InvalidSelection naming the first item (its index and product) that is not
	 * in the catalog or whose options do not fit the product
	 */
	@Transactional(readOnly = true)
	public List<ItemPrice> priceItems(List<ItemSelection> items, Instant now) {
		Map<UUID, Product> found = new LinkedHashMap<>();
		this.products.findWithCategory(items.stream().map(ItemSelection::productId).collect(Collectors.toSet()))
			.forEach((product) -> found.put(product.id(), product));
		List<ItemPrice> prices = new java.util.ArrayList<>();
		for (int index = 0; index < items.size(); index++) {
			ItemSelection item = items.get(index);
			Product product = found.get(item.productId());
			if (product == null || product.archived()) {
				throw new InvalidSelection(Rule.UNKNOWN_PRODUCT, "No product " + item.productId() + " in the catalog")
					.atItem(index, item.productId());
			}
			PriceQuote quote;
			try {
				quote = product.quote(item.optionIds(), item.quantity());
			}
			catch (InvalidSelection ex) {
				throw ex.atItem(index, item.productId());
			}
			prices.add(new ItemPrice(product.id(), product.name(), product.sku(), product.category().id(),
					quote.basePrice(),
					quote.selections()
						.stream()
						.map((selection) -> new ItemPrice.Option(selection.customizationId(), selection.customization(),
								selection.optionId(), selection.option(), selection.priceModifier()))
						.toList(),
					quote.unitPrice(), quote.quantity(), quote.total(), product.orderableAt(now)));
		}
		return prices;
	}

	/**
	 * One item of an order as chosen.
	 *
	 * @param optionIds the chosen options (each at most once counts)
	 */
	public record ItemSelection(UUID productId, List<UUID> optionIds, int quantity) {
	}

	/**
	 * One item of an order as the catalog prices it.
	 *
	 * @param basePrice the product's price before options
	 * @param unitPrice base price plus the chosen options' modifiers
	 * @param total unit price times quantity
	 * @param orderableNow switched on, within its ordering window and not archived
	 */
	public record ItemPrice(UUID productId, String productName, @Nullable String sku, UUID categoryId, Money basePrice,
			List<Option> options, Money unitPrice, int quantity, Money total, boolean orderableNow) {

		public record Option(UUID customizationId, String customization, UUID optionId, String option,
				Money priceModifier) {
		}

	}

}
