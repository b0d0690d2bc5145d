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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

}
