package com.jainshikanji.order.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import com.jainshikanji.common.web.ProblemExtensions;
import com.jainshikanji.common.web.ProblemType;

/**
 * Items that cannot be ordered as chosen: an option the product does not have, a required
 * choice missing, a product unknown, switched off or out of its season. Names the items
 * ({@code itemIndexes}, from 0, as in the request) and the catalog's rule.
 */
@ProblemType(status = HttpStatus.UNPROCESSABLE_CONTENT, slug = "item-not-orderable", title = "Item cannot be ordered")
public class ItemNotOrderable extends RuntimeException implements ProblemExtensions {

	private final List<Integer> itemIndexes;

	private final List<UUID> productIds;

	private final @Nullable String rule;

	ItemNotOrderable(String message, List<Integer> itemIndexes, List<UUID> productIds, @Nullable String rule) {
		super(message);
		this.itemIndexes = List.copyOf(itemIndexes);
		this.productIds = List.copyOf(productIds);
		this.rule = rule;
	}

	/**
	 * Whether the items are in the catalog but not sold now, at the store or at all: what
	 * a store that does not exist looks like to the catalog too.
	 */
	public boolean unavailable() {
		return "product-unavailable".equals(this.rule);
	}

	@Override
	public Map<String, Object> problemProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("itemIndexes", this.itemIndexes);
		properties.put("productIds", this.productIds);
		if (this.rule != null) {
			properties.put("rule", this.rule);
		}
		return properties;
	}

}
