package com.jainshikanji.inventory;

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
 * What a member of a store's staff may do with its stock and purchase orders depends on
 * their job there: everyone reads; managers and chefs keep the stock (levels,
 * adjustments, counts, receiving supplies); only managers buy (place, confirm, cancel
 * purchase orders). A refusal is a 403 that names the job and leaves everything as it
 * was.
 */
@InventoryServiceTest
class StaffJobTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	Object product;

	Object supplier;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.product = this.api.createProduct().get("id");
		this.supplier = this.api.createSupplier().get("id");
		this.api.stock(this.store, this.product, 10, 2);
	}

	@Test
	void aDeliveryRiderMayNotChangeTheStock() {
		String rider = TestTokens.staffAs("DELIVERY", UUID.randomUUID(), this.store);

		Problem adjusting = Problems.problem(this.api.post(adjustments(), rider, Bodies.adjustment(-4, "WASTE")), 403);

		assertThat(adjusting.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(adjusting.detail()).isEqualTo("Your job at store " + this.store
				+ " (DELIVERY) does not allow changing its stock or receiving supplies: only MANAGER, CHEF there may");
		assertThat(adjusting.instance()).isEqualTo(adjustments());
		Problems.problem(this.api.post(counts(), rider, Bodies.count(3)), 403);
		Problems.problem(this.api.put(stock(), rider, Bodies.levels(1, 20, 1)), 403);
		assertThat(Api.ok(this.api.get(stock(), Api.ADMIN))).containsEntry("currentStock", 10)
			.containsEntry("minStock", 2)
			.containsEntry("maxStock", 1000);
		assertThat(trail(Api.ADMIN)).hasSize(1);
	}

	@Test
	void aCashierMayNotAdjustTheStock() {
		String cashier = TestTokens.staffAs("CASHIER", UUID.randomUUID(), this.store);

		Problem problem = Problems.problem(this.api.post(adjustments(), cashier, Bodies.adjustment(5, "RESTOCK")), 403);

		assertThat(problem.detail()).contains("(CASHIER) does not allow changing its stock");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
	}

	@Test
	void aChefKeepsTheStock() {
		UUID chefId = UUID.randomUUID();
		String chef = TestTokens.staffAs("CHEF", chefId, this.store);

		Api.ok(this.api.put(stock(), chef, Bodies.levels(3, 500, 6)));
		Map<String, Object> adjusted = Api.json(this.api.post(adjustments(), chef, Bodies.adjustment(-4, "WASTE")),
				201);
		Map<String, Object> counted = Api.json(this.api.post(counts(), chef, Bodies.count(5)), 201);

		assertThat(adjusted).containsEntry("stockAfter", 6).containsEntry("actorId", chefId.toString());
		assertThat(counted).containsEntry("stockAfter", 5).containsEntry("actorId", chefId.toString());
		assertThat(Api.ok(this.api.get(stock(), chef))).containsEntry("currentStock", 5)
			.containsEntry("minStock", 3)
			.containsEntry("maxStock", 500);
	}

	@Test
	void aChefReceivesSuppliesButDoesNotBuyThem() {
		String chef = TestTokens.staffAs("CHEF", UUID.randomUUID(), this.store);
		String manager = TestTokens.staffOf(this.store);

		Problem placing = Problems.problem(this.api.post(orders(), chef, order()), 403);
		assertThat(placing.detail()).isEqualTo("Your job at store " + this.store
				+ " (CHEF) does not allow placing, confirming or cancelling purchase orders: only MANAGER there may");
		assertThat(Api.ok(this.api.get(orders(), chef))).containsEntry("totalItems", 0);

		Object order = Api.json(this.api.post(orders(), manager, order()), 201).get("id");
		Problems.problem(this.api.post(orders() + "/" + order + "/confirm", chef, null), 403);
		assertThat(Api.ok(this.api.get(orders() + "/" + order, chef))).containsEntry("status", "PENDING");
		Api.ok(this.api.post(orders() + "/" + order + "/confirm", manager, null));
		Problems.problem(this.api.post(orders() + "/" + order + "/cancel", chef, null), 403);

		Map<String, Object> received = Api.ok(this.api.post(orders() + "/" + order + "/receive", chef, null));

		assertThat(received).containsEntry("status", "RECEIVED");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(30);
	}

	@Test
	void aManagerDoesEverything() {
		String manager = TestTokens.staff(UUID.randomUUID(), this.store);

		Api.ok(this.api.put(stock(), manager, Bodies.levels(1, 900, 4)));
		Api.json(this.api.post(adjustments(), manager, Bodies.adjustment(5, "RESTOCK")), 201);
		Api.json(this.api.post(counts(), manager, Bodies.count(12)), 201);
		Object received = Api.json(this.api.post(orders(), manager, order()), 201).get("id");
		Api.ok(this.api.post(orders() + "/" + received + "/confirm", manager, null));
		Api.ok(this.api.post(orders() + "/" + received + "/receive", manager, null));
		Object cancelled = Api.json(this.api.post(orders(), manager, order()), 201).get("id");
		Api.ok(this.api.post(orders() + "/" + cancelled + "/cancel", manager, null));

		assertThat(this.api.available(this.store, this.product)).isEqualTo(32);
		assertThat(Api.ok(this.api.get(orders() + "?status=CANCELLED", manager))).containsEntry("totalItems", 1);
	}

	@Test
	void staffWhoseTokenNamesNoJobReadButChangeNothing() {
		String jobless = TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(this.store));
		Object order = Api.json(this.api.post(orders(), Api.ADMIN, order()), 201).get("id");

		assertThat(Api.ok(this.api.get(stock(), jobless))).containsEntry("currentStock", 10);
		Api.ok(this.api.get("/api/v1/inventory/stores/" + this.store + "/stock", jobless));
		assertThat(trail(jobless)).hasSize(1);
		Api.ok(this.api.get("/api/v1/inventory/stores/" + this.store + "/adjustments", jobless));
		assertThat(Api.ok(this.api.get(orders(), jobless))).containsEntry("totalItems", 1);
		Api.ok(this.api.get(orders() + "/" + order, jobless));

		Problem adjusting = Problems.problem(this.api.post(adjustments(), jobless, Bodies.adjustment(-1, "WASTE")),
				403);
		assertThat(adjusting.detail()).contains("names no job at store " + this.store, "changing its stock");
		Problems.problem(this.api.post(counts(), jobless, Bodies.count(1)), 403);
		Problems.problem(this.api.put(stock(), jobless, Bodies.levels(1, 20, 1)), 403);
		Problems.problem(this.api.post(orders(), jobless, order()), 403);
		Problems.problem(this.api.post(orders() + "/" + order + "/confirm", jobless, null), 403);
		Problems.problem(this.api.post(orders() + "/" + order + "/cancel", jobless, null), 403);
		Api.ok(this.api.post(orders() + "/" + order + "/confirm", Api.ADMIN, null));
		Problems.problem(this.api.post(orders() + "/" + order + "/receive", jobless, null), 403);
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
		assertThat(Api.ok(this.api.get(orders() + "/" + order, jobless))).containsEntry("status", "CONFIRMED");
	}

	@Test
	void aChefOfAnotherStoreIsRefusedAsBefore() {
		String elsewhere = TestTokens.staffAs("CHEF", UUID.randomUUID(), UUID.randomUUID());

		Problem problem = Problems.problem(this.api.post(adjustments(), elsewhere, Bodies.adjustment(-1, "WASTE")),
				403);

		assertThat(problem.typeSlug()).isEqualTo("access-denied");
		assertThat(problem.detail()).isEqualTo("You are not allowed to perform this action");
		Problems.problem(this.api.get(stock(), elsewhere), 403);
		assertThat(this.api.available(this.store, this.product)).isEqualTo(10);
	}

	private Bodies.PurchaseOrderBody order() {
		return Bodies.purchaseOrder(this.supplier).item(this.product, 20, "9.5");
	}

	private List<?> trail(String token) {
		return (List<?>) Api.ok(this.api.get(adjustments(), token)).get("items");
	}

	private String stock() {
		return Api.stockPath(this.store, this.product);
	}

	private String adjustments() {
		return stock() + "/adjustments";
	}

	private String counts() {
		return stock() + "/counts";
	}

	private String orders() {
		return "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
	}

}
