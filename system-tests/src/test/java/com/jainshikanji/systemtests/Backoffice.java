package com.jainshikanji.systemtests;

import java.util.Map;

import com.jainshikanji.systemtests.Gateway.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the business does through the gateway to set a scenario up: the admin adds a
 * product to the menu, the demo manager stocks it at one of their stores. A product of
 * its own keeps a scenario's stock figures exact, whatever else runs on the platform.
 */
public final class Backoffice {

	private final Gateway gateway;

	private final String admin;

	private final String staff;

	public Backoffice(Gateway gateway) {
		this.gateway = gateway;
		this.admin = gateway.login(Demo.ADMIN, Demo.ADMIN_PASSWORD);
		this.staff = gateway.login(Demo.STAFF, Demo.STAFF_PASSWORD);
	}

	/** The admin's access token. */
	public String admin() {
		return this.admin;
	}

	/** The demo manager's access token. */
	public String staff() {
		return this.staff;
	}

	/**
	 * A new product without options, in the menu's first category, stocked with that many
	 * units at that store of the demo manager's only.
	 * @return its id
	 */
	public String newProduct(String name, int price, String storeId, int units) {
		Response categories = this.gateway.get("/api/v1/categories", null);
		assertThat(categories.status()).as(categories.body()).isEqualTo(200);
		String category = categories.json().path(0).path("id").asString();
		Response created = this.gateway.post("/api/v1/products", Map.of("name", name, "price", price, "categoryId",
				category, "shortDescription", "Made in small batches"), this.admin);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String product = created.json().path("id").asString();
		String stock = "/api/v1/inventory/stores/" + storeId + "/stock/" + product;
		Response levels = this.gateway.put(stock, Map.of("minStock", 0, "maxStock", 1000, "reorderPoint", 0),
				this.staff);
		assertThat(levels.status()).as(levels.body()).isEqualTo(200);
		Response restocked = this.gateway.post(stock + "/adjustments",
				Map.of("change", units, "reason", "RESTOCK", "note", "Fresh batch"), this.staff);
		assertThat(restocked.status()).as(restocked.body()).isEqualTo(201);
		return product;
	}

}
