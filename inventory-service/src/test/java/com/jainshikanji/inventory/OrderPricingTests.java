package com.jainshikanji.inventory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pricing all the items of an order at a store, as order placement does: the catalog's
 * prices with the options, and whether each item can be had at the store now.
 */
@InventoryServiceTest
class OrderPricingTests {

	private static final String PRICES = "/api/v1/products/prices";

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	Map<String, Object> shikanji;

	Object large;

	Map<String, Object> kachori;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.shikanji = this.api.createProduct();
		Map<String, Object> size = this.api.addCustomization(this.shikanji.get("id"), "Size", "SELECT", true,
				Bodies.option("Regular (300 ml)", "0", true), Bodies.option("Large (500 ml)", "20.00", false));
		this.large = ((List<?>) size.get("options")).stream()
			.map(Map.class::cast)
			.filter((option) -> "Large (500 ml)".equals(option.get("name")))
			.findFirst()
			.orElseThrow()
			.get("id");
		this.kachori = this.api.createProduct();
		this.api.stock(this.store, this.shikanji.get("id"), 12, 2);
	}

	@Test
	void pricesEveryItemWithItsOptionsAndSaysWhetherTheStoreHasIt() {
		// As order placement asks, with the order service's token.
		Map<String, Object> prices = Api.ok(this.api.post(PRICES, Api.service(),
				Map.of("storeId", this.store, "items", List.of(
						Map.of("productId", this.shikanji.get("id"), "optionIds", List.of(this.large), "quantity", 3),
						Map.of("productId", this.kachori.get("id"))))));

		List<Map<String, Object>> items = items(prices);
		assertThat(items.get(0)).containsEntry("productName", this.shikanji.get("name"))
			.containsEntry("basePrice", 40.0)
			.containsEntry("unitPrice", 60.0)
			.containsEntry("quantity", 3)
			.containsEntry("total", 180.0)
			.containsEntry("orderable", true)
			.containsEntry("available", 12)
			.containsEntry("stockStatus", "IN_STOCK")
			.containsEntry("categoryId", ((Map<?, ?>) this.shikanji.get("category")).get("id"));
		assertThat(items.get(1)).containsEntry("quantity", 1)
			.containsEntry("total", 40.0)
			.containsEntry("orderable", false)
			.containsEntry("available", 0)
			.containsEntry("stockStatus", "OUT_OF_STOCK");
		assertThat(prices).containsEntry("subtotal", 220.0).containsEntry("currency", "INR");
	}

	@Test
	void customersSeeWhetherTheStoreHasAnItemNotHowManyItHas() {
		Object lastFew = this.api.createProduct().get("id");
		this.api.stock(this.store, lastFew, 3, 5);
		Map<String, Object> body = Map.of("storeId", this.store, "items",
				List.of(Map.of("productId", this.shikanji.get("id")), Map.of("productId", lastFew),
						Map.of("productId", this.kachori.get("id"))));

		for (String caller : Arrays.asList(null, TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()))) {
			List<Map<String, Object>> items = items(Api.ok(this.api.post(PRICES, caller, body)));

			assertThat(items).extracting((item) -> item.get("stockStatus"))
				.containsExactly("IN_STOCK", "LOW", "OUT_OF_STOCK");
			assertThat(items).extracting((item) -> item.get("orderable")).containsExactly(true, true, false);
			assertThat(items).allSatisfy((item) -> assertThat(item).doesNotContainKey("available"));
		}
	}

	@Test
	void theStoresStaffAdminsAndOtherServicesSeeTheUnitsItHas() {
		Map<String, Object> body = Map.of("storeId", this.store, "items",
				List.of(Map.of("productId", this.shikanji.get("id"))));

		for (String caller : List.of(TestTokens.staffAs("CASHIER", UUID.randomUUID(), this.store), Api.ADMIN,
				Api.service())) {
			assertThat(items(Api.ok(this.api.post(PRICES, caller, body))).getFirst()).containsEntry("available", 12)
				.containsEntry("stockStatus", "IN_STOCK");
		}
	}

	@Test
	void aProductSwitchedOffIsPricedButNotOrderable() {
		Api.ok(this.api.put(Api.PRODUCTS + "/" + this.shikanji.get("id"), Api.ADMIN, Bodies
			.product(((Map<?, ?>) this.shikanji.get("category")).get("id"), (String) this.shikanji.get("name"), "40.00")
			.slug((String) this.shikanji.get("slug"))
			.with("available", false)));

		Map<String, Object> prices = Api.ok(this.api.post(PRICES, null, Map.of("storeId", this.store, "items",
				List.of(Map.of("productId", this.shikanji.get("id"), "optionIds", List.of(this.large))))));

		assertThat(items(prices).getFirst()).containsEntry("orderable", false).containsEntry("unitPrice", 60.0);
	}

	@Test
	void anItemThatCannotBePricedIsNamedByItsIndex() {
		this.api.addCustomization(this.shikanji.get("id"), "Glass", "RADIO", true, Bodies.option("Steel", "0", false),
				Bodies.option("Kulhad", "5.00", false));
		UUID unknown = UUID.randomUUID();
		Problem missingOption = Problems.problem(
				this.api.post(PRICES, null, Map.of("storeId", this.store, "items", List
					.of(Map.of("productId", this.kachori.get("id")), Map.of("productId", this.shikanji.get("id"))))),
				422);
		Problem unknownProduct = Problems.problem(this.api.post(PRICES, null,
				Map.of("storeId", this.store, "items", List.of(Map.of("productId", unknown)))), 422);

		assertThat(missingOption.typeSlug()).isEqualTo("required-customization-missing");
		assertThat(missingOption.detail()).startsWith("items[1]: ");
		assertThat(unknownProduct.typeSlug()).isEqualTo("unknown-product");
		assertThat(unknownProduct.detail()).contains(unknown.toString());
	}

	@Test
	void aBadRequestNamesTheField() {
		assertThat(Problems.problem(this.api.post(PRICES, null, Map.of("items", List.of())), 400).fields())
			.contains("storeId", "items");
		assertThat(
				Problems
					.problem(this.api.post(PRICES, null,
							Map.of("storeId", this.store, "items",
									List.of(Map.of("productId", this.kachori.get("id"), "quantity", 0)))),
							400)
					.fields())
			.containsExactly("items[0].quantity");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> prices) {
		return (List<Map<String, Object>>) prices.get("items");
	}

}
