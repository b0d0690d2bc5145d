package com.jainshikanji.inventory.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask the catalog: which products exist. */
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
	 * Refuses unless every given product is in the catalog.
	 * @throws ProductNotFound naming the first one that is not
	 */
	@Transactional(readOnly = true)
	public void requireAll(Collection<UUID> productIds) {
		Set<UUID> known = namesOf(productIds).keySet();
		Set<UUID> missing = productIds.stream()
			.filter((id) -> !known.contains(id))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		if (!missing.isEmpty()) {
			throw new ProductNotFound(missing.iterator().next());
		}
	}

}
