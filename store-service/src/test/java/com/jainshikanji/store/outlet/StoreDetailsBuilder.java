package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.time.ZoneId;

import com.jainshikanji.common.money.Money;

/**
 * Test data builder for a store's details: Manek Chowk in Ahmedabad, active and taking
 * orders, unless told otherwise.
 */
final class StoreDetailsBuilder {

	private String slug = "manek-chowk";

	private String name = "Jain Shikanji Manek Chowk";

	private String description;

	private Contact contact = Contact.of("manekchowk@jainshikanji.in", "+91 79 2214 0001");

	private PostalAddress address = PostalAddress.of("Manek Chowk", null, "Ahmedabad", "Gujarat", "380001", null);

	private Coordinates coordinates = new Coordinates(new BigDecimal("23.0237"), new BigDecimal("72.5879"));

	private ZoneId timeZone = ZoneId.of("Asia/Kolkata");

	private boolean active = true;

	private boolean acceptingOrders = true;

	private OrderSettings settings = new OrderSettings(Money.of("100.00"), Money.of("30.00"), Money.of("500.00"), 15);

	static StoreDetailsBuilder aStore() {
		return new StoreDetailsBuilder();
	}

	StoreDetailsBuilder slug(String slug) {
		this.slug = slug;
		return this;
	}

	StoreDetailsBuilder name(String name) {
		this.name = name;
		return this;
	}

	StoreDetailsBuilder description(String description) {
		this.description = description;
		return this;
	}

	StoreDetailsBuilder noCoordinates() {
		this.coordinates = null;
		return this;
	}

	StoreDetailsBuilder timeZone(String zone) {
		this.timeZone = ZoneId.of(zone);
		return this;
	}

	StoreDetailsBuilder active(boolean active) {
		this.active = active;
		return this;
	}

	StoreDetailsBuilder acceptingOrders(boolean acceptingOrders) {
		this.acceptingOrders = acceptingOrders;
		return this;
	}

	StoreDetailsBuilder settings(OrderSettings settings) {
		this.settings = settings;
		return this;
	}

	StoreDetails build() {
		return new StoreDetails(this.slug, this.name, this.description, this.contact, this.address, this.coordinates,
				this.timeZone, this.active, this.acceptingOrders, this.settings);
	}

}
