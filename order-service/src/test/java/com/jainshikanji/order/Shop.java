package com.jainshikanji.order;

import java.util.Map;
import java.util.UUID;

import com.jainshikanji.order.Downstreams.Dish;
import com.jainshikanji.order.Downstreams.Line;
import com.jainshikanji.testsupport.security.TestTokens;

/**
 * A store of its own and a customer of its own for one test, with the downstream services
 * answering for them: the customer has an address in 380001, which the store delivers to
 * for 15.00 in 30 minutes; the store takes pickup orders and has stock of everything.
 * Tests change what they need.
 */
final class Shop {

	static final String POSTAL_CODE = "380001";

	final UUID storeId = UUID.randomUUID();

	final UUID customerId = UUID.randomUUID();

	final String customer = TestTokens.customer(this.customerId);

	final UUID addressId = UUID.randomUUID();

	final Dish shikanji = Dish.of("Masala Shikanji", "50.00");

	final Dish kachori = Dish.of("Jain Kachori", "35.50");

	private Shop() {
	}

	static Shop open() {
		Shop shop = new Shop();
		Downstreams.customer(shop.customerId, shop.customer, "Asha", "asha-" + shop.customerId + "@example.com");
		Downstreams.address(shop.customerId, shop.customer, shop.addressId, POSTAL_CODE);
		Downstreams.delivers(shop.storeId, POSTAL_CODE, "15.00", 30);
		Downstreams.takesPickup(shop.storeId, 10);
		Downstreams.reservesStock(shop.storeId);
		return shop;
	}

	/** An order of two masala shikanji, priced by the catalog at 50.00 each. */
	OrderRequests twoShikanji() {
		Line line = this.shikanji.times(2);
		Downstreams.prices(this.storeId, line);
		return OrderRequests.at(this.storeId).items(line).deliveredTo(this.addressId);
	}

	/** Places the order (a new Idempotency-Key) and answers it. */
	Map<String, Object> place(Api api, OrderRequests request) {
		return Api.json(api.place(this.customer, UUID.randomUUID().toString(), request.build()), 201);
	}

	/** Places two masala shikanji for delivery, paid online (pending until paid). */
	Map<String, Object> placeOnline(Api api) {
		return place(api, twoShikanji());
	}

	/** Places two masala shikanji for delivery, cash on delivery (confirmed at once). */
	Map<String, Object> placeCashOnDelivery(Api api) {
		return place(api, twoShikanji().cashOnDelivery());
	}

	/** Another customer's token, with a profile of their own. */
	static String anotherCustomer(UUID id) {
		String token = TestTokens.customer(id);
		Downstreams.customer(id, token, "Ravi", "ravi-" + id + "@example.com");
		return token;
	}

}
