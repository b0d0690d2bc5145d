package com.jainshikanji.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jainshikanji.order.Downstreams.Line;

/**
 * Builds the bodies of order placement requests, as an app sends them: delivered to an
 * address and paid by UPI unless told otherwise.
 */
final class OrderRequests {

	private final Map<String, Object> body = new LinkedHashMap<>();

	private final List<Map<String, Object>> items = new ArrayList<>();

	private OrderRequests(UUID storeId) {
		this.body.put("storeId", storeId.toString());
		this.body.put("items", this.items);
		this.body.put("deliveryType", "delivery");
		this.body.put("paymentMethod", "upi");
	}

	static OrderRequests at(UUID storeId) {
		return new OrderRequests(storeId);
	}

	/** The lines, with the options their catalog prices name. */
	OrderRequests items(Line... lines) {
		for (Line line : lines) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("productId", line.dish().productId().toString());
			item.put("quantity", line.quantity());
			item.put("selectedOptionIds",
					line.options().stream().map((option) -> option.optionId().toString()).toList());
			this.items.add(item);
		}
		return this;
	}

	OrderRequests deliveredTo(UUID addressId) {
		this.body.put("deliveryType", "delivery");
		this.body.put("addressId", addressId.toString());
		return this;
	}

	OrderRequests pickup() {
		this.body.put("deliveryType", "pickup");
		this.body.remove("addressId");
		return this;
	}

	OrderRequests dineIn() {
		this.body.put("deliveryType", "dine-in");
		this.body.remove("addressId");
		return this;
	}

	OrderRequests cashOnDelivery() {
		return paidBy("cod");
	}

	OrderRequests paidBy(String method) {
		this.body.put("paymentMethod", method);
		return this;
	}

	OrderRequests with(String member, Object value) {
		this.body.put(member, value);
		return this;
	}

	OrderRequests without(String member) {
		this.body.remove(member);
		return this;
	}

	Map<String, Object> build() {
		return this.body;
	}

}
