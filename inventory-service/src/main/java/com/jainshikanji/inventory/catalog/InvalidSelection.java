package com.jainshikanji.inventory.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.web.ProblemExtensions;

/**
 * A choice of products or options that cannot be ordered, naming the {@link Rule} it
 * breaks. A 422 whose problem type is the rule's slug (so the type varies per occurrence,
 * which is why the service's advice renders it), with the rule also in {@code rule} and
 * the products at fault, if any, in {@code productIds}.
 */
public class InvalidSelection extends RuntimeException implements ProblemExtensions {

	private final Rule rule;

	private final List<UUID> productIds;

	private final @Nullable Integer itemIndex;

	InvalidSelection(Rule rule, String message) {
		this(rule, message, List.of());
	}

	InvalidSelection(Rule rule, String message, List<UUID> productIds) {
		this(rule, message, productIds, null);
	}

	private InvalidSelection(Rule rule, String message, List<UUID> productIds, @Nullable Integer itemIndex) {
		super(message);
		this.rule = rule;
		this.productIds = List.copyOf(productIds);
		this.itemIndex = itemIndex;
	}

	/**
	 * The same refusal, about one item of a list (pricing an order): named by its index,
	 * from 0, and its product.
	 */
	InvalidSelection atItem(int index, UUID productId) {
		return new InvalidSelection(this.rule, "items[" + index + "]: " + getMessage(), List.of(productId), index);
	}

	public Rule rule() {
		return this.rule;
	}

	@Override
	public Map<String, Object> problemProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("rule", this.rule.slug());
		if (!this.productIds.isEmpty()) {
			properties.put("productIds", this.productIds);
		}
		if (this.itemIndex != null) {
			properties.put("itemIndex", this.itemIndex);
		}
		return properties;
	}

	/** The rules of choosing products and options; each slug is also the problem type. */
	public enum Rule {

		/** An option id that is not one of this product's options. */
		OPTION_NOT_OF_PRODUCT("option-not-of-product"),

		/** No option chosen for a required customization that has no default. */
		REQUIRED_CUSTOMIZATION_MISSING("required-customization-missing"),

		/** More than one option chosen for a radio or select customization. */
		TOO_MANY_OPTIONS("too-many-options"),

		/** The product is switched off, outside its ordering window, or archived. */
		PRODUCT_UNAVAILABLE("product-unavailable"),

		/** An item names a product the catalog does not have (or no longer has). */
		UNKNOWN_PRODUCT("unknown-product");

		private final String slug;

		Rule(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

	}

}
