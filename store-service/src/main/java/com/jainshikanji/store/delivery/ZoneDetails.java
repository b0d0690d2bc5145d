package com.jainshikanji.store.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.PostalCodes;

/**
 * A delivery zone's content, validated and normalized: the only way request data reaches
 * a {@link DeliveryZone}.
 *
 * @param postalCodes normalized, without duplicates, at least one
 * @param deliveryFee {@code null} to charge the store's delivery fee
 * @param estimatedMinutes how long delivery takes once the order is ready, 1 to 600
 */
record ZoneDetails(String name, List<String> postalCodes, @Nullable Money deliveryFee, int estimatedMinutes,
		boolean active) {

	static final int MAX_ESTIMATED_MINUTES = 600;

	ZoneDetails {
		postalCodes = List.copyOf(postalCodes);
		if (postalCodes.isEmpty()) {
			throw new IllegalArgumentException("A zone covers at least one postal code");
		}
		if (estimatedMinutes < 1 || estimatedMinutes > MAX_ESTIMATED_MINUTES) {
			throw new IllegalArgumentException(
					"Delivery takes 1 to " + MAX_ESTIMATED_MINUTES + " minutes, not " + estimatedMinutes);
		}
	}

	/** The zone as stored: name trimmed, postal codes normalized and each listed once. */
	static ZoneDetails of(String name, List<String> postalCodes, @Nullable Money deliveryFee, int estimatedMinutes,
			boolean active) {
		return new ZoneDetails(name.strip(), postalCodes.stream().map(PostalCodes::normalize).distinct().toList(),
				deliveryFee, estimatedMinutes, active);
	}

	/** The content field by field, named as the API names them, for the audit log. */
	Map<String, @Nullable Object> asFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("postalCodes", this.postalCodes);
		fields.put("deliveryFee", (this.deliveryFee != null) ? this.deliveryFee.amount() : null);
		fields.put("estimatedMinutes", this.estimatedMinutes);
		fields.put("active", this.active);
		return fields;
	}

}
