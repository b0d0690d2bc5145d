package com.jainshikanji.store.outlet;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything about a store an administrator sets, validated and normalized: the only way
 * request data reaches a {@link Store}.
 *
 * @param description {@code null} when there is none
 * @param coordinates {@code null} when unknown
 */
record StoreDetails(String slug, String name, @Nullable String description, Contact contact, PostalAddress address,
		@Nullable Coordinates coordinates, ZoneId timeZone, boolean active, boolean acceptingOrders,
		OrderSettings orderSettings) {

	/** The details field by field, named as the API names them, for the audit log. */
	Map<String, @Nullable Object> asFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("slug", this.slug);
		fields.put("name", this.name);
		fields.put("description", this.description);
		fields.put("contact.email", this.contact.email());
		fields.put("contact.phone", this.contact.phone());
		fields.put("address.line1", this.address.line1());
		fields.put("address.line2", this.address.line2());
		fields.put("address.city", this.address.city());
		fields.put("address.state", this.address.state());
		fields.put("address.postalCode", this.address.postalCode());
		fields.put("address.country", this.address.country());
		fields.put("coordinates", (this.coordinates != null)
				? this.coordinates.latitude().toPlainString() + "," + this.coordinates.longitude().toPlainString()
				: null);
		fields.put("timeZone", this.timeZone.getId());
		fields.put("active", this.active);
		fields.put("acceptingOrders", this.acceptingOrders);
		fields.put("minimumOrderValue", this.orderSettings.minimumOrderValue().amount());
		fields.put("deliveryFee", this.orderSettings.deliveryFee().amount());
		fields.put("freeDeliveryThreshold", (this.orderSettings.freeDeliveryThreshold() != null)
				? this.orderSettings.freeDeliveryThreshold().amount() : null);
		fields.put("estimatedPreparationMinutes", this.orderSettings.preparationMinutes());
		return fields;
	}

}
