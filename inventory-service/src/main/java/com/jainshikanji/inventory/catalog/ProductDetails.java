package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * Everything an admin sets on a product, in the value objects a {@link Product} is made
 * of; each keeps its own rules (a Jain product is vegetarian, a window is not backwards).
 *
 * @param slug the URL name
 * @param sku the stock-keeping unit, upper case
 * @param tags distinct, in the order given
 */
record ProductDetails(String name, String slug, @Nullable String description, @Nullable String shortDescription,
		@Nullable String sku, Pricing pricing, @Nullable String subcategory, List<String> tags, DietaryFlags dietary,
		Serving serving, Nutrition nutrition, Media media, Availability availability, boolean featured, Seo seo) {

	ProductDetails {
		tags = List.copyOf(tags);
	}

	/**
	 * The fields that differ from {@code before}, each with its old and new value, named
	 * as in the API; for the audit log.
	 */
	Map<String, Map<String, @Nullable Object>> changesFrom(ProductDetails before) {
		Map<String, @Nullable Object> old = before.fields();
		Map<String, Map<String, @Nullable Object>> changes = new LinkedHashMap<>();
		fields().forEach((field, value) -> {
			if (!Objects.equals(old.get(field), value)) {
				Map<String, @Nullable Object> change = new LinkedHashMap<>();
				change.put("from", old.get(field));
				change.put("to", value);
				changes.put(field, change);
			}
		});
		return changes;
	}

	/** Every field by its API name, money as plain amounts. */
	Map<String, @Nullable Object> fields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("slug", this.slug);
		fields.put("description", this.description);
		fields.put("shortDescription", this.shortDescription);
		fields.put("sku", this.sku);
		fields.put("price", amount(this.pricing.price()));
		fields.put("originalPrice", amount(this.pricing.originalPrice()));
		fields.put("costPrice", amount(this.pricing.costPrice()));
		fields.put("subcategory", this.subcategory);
		fields.put("tags", this.tags);
		fields.put("dietary", this.dietary);
		fields.put("serving", this.serving);
		fields.put("nutrition", this.nutrition);
		fields.put("images", this.media.images());
		fields.put("videoUrl", this.media.videoUrl());
		fields.put("available", this.availability.enabled());
		fields.put("availableFrom", this.availability.from());
		fields.put("availableUntil", this.availability.until());
		fields.put("featured", this.featured);
		fields.put("seo", this.seo);
		return fields;
	}

	private static @Nullable BigDecimal amount(@Nullable Money money) {
		return (money != null) ? money.amount() : null;
	}

}
