package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff run their store's stock: levels, adjustments with a reason, stock takes, and the
 * audit trail of every change.
 */
@InventoryServiceTest
class StockTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	UUID staffId;

	String staff;

	Object product;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.staffId = UUID.randomUUID();
		this.staff = TestTokens.staff(this.staffId, this.store);
		this.product = this.api.createProduct().get("id");
	}

	@Test
	void settingLevelsStartsStockingAProductAtAStore() {
		Map<String, Object> stock = Api.ok(this.api.put(Api.stockPath(this.store, this.product), this.staff,
				Bodies.levels(5, 200, 15).unit("glasses").costPerUnit("12.5")));

		assertThat(stock).containsEntry("currentStock", 0)
			.containsEntry("reserved", 0)
			.containsEntry("available", 0)
			.containsEntry("minStock", 5)
			.containsEntry("maxStock", 200)
			.containsEntry("reorderPoint", 15)
			.containsEntry("unit", "glasses")
			.containsEntry("status", "OUT_OF_STOCK")
			.containsEntry("reorderNeeded", true);
		assertThat(((String) stock.get("productName"))).startsWith("Shikanji");
	}

	@Test
	void levelsOutOfOrderAreRefused() {
		assertThat(Problems
			.problem(this.api.put(Api.stockPath(this.store, this.product), this.staff, Bodies.levels(50, 10, 5)), 422)
			.typeSlug()).isEqualTo("invalid-stock-change");
		assertThat(Problems
			.problem(this.api.put(Api.stockPath(this.store, this.product), this.staff, Bodies.levels(-1, 10, 5)), 400)
			.fields()).containsExactly("minStock");
		assertThat(Problems
			.problem(this.api.put(Api.stockPath(this.store, UUID.randomUUID()), this.staff, Bodies.levels(1, 10, 5)),
					404)
			.typeSlug()).isEqualTo("product-not-found");
	}

	@Test
	void everyAdjustmentIsRecordedWithItsReasonAndActor() {
		Map<String, Object> restock = Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments",
				this.staff, Bodies.adjustment(40, "RESTOCK").note("Morning delivery")), 201);
		Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(-3, "DAMAGE").note("Dropped a crate")), 201);

		assertThat(restock).containsEntry("reason", "RESTOCK")
			.containsEntry("stockChange", 40)
			.containsEntry("stockAfter", 40)
			.containsEntry("actorId", this.staffId.toString())
			.containsEntry("note", "Morning delivery");
		Map<String, Object> trail = Api
			.ok(this.api.get(Api.stockPath(this.store, this.product) + "/adjustments", this.staff));
		assertThat(trail.get("totalItems")).isEqualTo(2);
		assertThat((List<?>) trail.get("items")).extracting((entry) -> (Object) ((Map<?, ?>) entry).get("reason"))
			.containsExactly("DAMAGE", "RESTOCK");
		assertThat(this.api.available(this.store, this.product)).isEqualTo(37);
		assertThat(Api.ok(this.api.get("/api/v1/inventory/stores/" + this.store + "/adjustments", Api.ADMIN))
			.get("totalItems")).isEqualTo(2);
	}

	@Test
	void aReasonDecidesTheDirectionOfTheChange() {
		this.api.stock(this.store, this.product, 10, 1);
		assertThat(Problems
			.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
					Bodies.adjustment(5, "WASTE")), 422)
			.detail()).contains("negative");
		assertThat(Problems.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(-5, "RESTOCK")), 422)
			.detail()).contains("positive");
		assertThat(Problems.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(0, "CORRECTION")), 422)
			.typeSlug()).isEqualTo("invalid-stock-change");
		assertThat(Problems
			.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
					Bodies.adjustment(5, "SOLD")), 400)
			.fields()).containsExactly("reason");
		Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(-2, "CORRECTION")), 201);
		assertThat(this.api.available(this.store, this.product)).isEqualTo(8);
	}

	@Test
	void stockNeverGoesBelowWhatIsAvailable() {
		this.api.stock(this.store, this.product, 5, 1);
		Api.json(this.api.post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), this.store, this.product, 3)), 201);

		Problem problem = Problems.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments",
				this.staff, Bodies.adjustment(-3, "WASTE")), 409);
		assertThat(problem.typeSlug()).isEqualTo("insufficient-stock");
		assertThat(problem.detail()).contains("available 2");

		Map<String, Object> stock = Api.ok(this.api.get(Api.stockPath(this.store, this.product), this.staff));
		assertThat(stock).containsEntry("currentStock", 5).containsEntry("reserved", 3).containsEntry("available", 2);
	}

	@Test
	void aStockTakeSetsTheCountButNotBelowWhatIsReserved() {
		this.api.stock(this.store, this.product, 20, 1);
		Api.json(this.api.post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), this.store, this.product, 4)), 201);

		Map<String, Object> count = Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/counts",
				this.staff, Bodies.count(17).note("Evening count")), 201);
		assertThat(count).containsEntry("reason", "STOCK_COUNT")
			.containsEntry("stockChange", -3)
			.containsEntry("stockAfter", 17);
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), this.staff)))
			.containsEntry("available", 13)
			.containsKey("lastStockCountAt");

		assertThat(Problems
			.problem(this.api.post(Api.stockPath(this.store, this.product) + "/counts", this.staff, Bodies.count(3)),
					409)
			.typeSlug()).isEqualTo("count-below-reserved");
	}

	@Test
	void maxStockIsAPlanningLevelThatRestocksAndCountsMayPass() {
		Api.ok(this.api.put(Api.stockPath(this.store, this.product), this.staff, Bodies.levels(5, 100, 10)));
		this.api.adjust(this.store, this.product, 80, "RESTOCK");

		Map<String, Object> restock = Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments",
				this.staff, Bodies.adjustment(70, "RESTOCK")), 201);
		Map<String, Object> count = Api.json(
				this.api.post(Api.stockPath(this.store, this.product) + "/counts", this.staff, Bodies.count(160)), 201);
		// A maximum below what is on hand is taken as well: it plans, it does not limit.
		Api.ok(this.api.put(Api.stockPath(this.store, this.product), this.staff, Bodies.levels(5, 50, 10)));
		this.api.adjust(this.store, this.product, 1, "RETURN");

		assertThat(restock).containsEntry("stockChange", 70).containsEntry("stockAfter", 150);
		assertThat(count).containsEntry("stockChange", 10).containsEntry("stockAfter", 160);
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.product), this.staff)))
			.containsEntry("currentStock", 161)
			.containsEntry("maxStock", 50);
	}

	@Test
	void aProductNotStockedAtTheStoreIsNotFoundThere() {
		assertThat(Problems.problem(this.api.get(Api.stockPath(this.store, this.product), this.staff), 404).typeSlug())
			.isEqualTo("stock-not-found");
		assertThat(Problems
			.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
					Bodies.adjustment(-1, "WASTE")), 404)
			.typeSlug()).isEqualTo("stock-not-found");
	}

	@Test
	void theStoreListShowsLowStockOnRequest() {
		this.api.stock(this.store, this.product, 50, 10);
		Object low = this.api.createProduct().get("id");
		this.api.stock(this.store, low, 4, 10);

		Map<String, Object> all = Api.ok(this.api.get("/api/v1/inventory/stores/" + this.store + "/stock", this.staff));
		assertThat(all.get("totalItems")).isEqualTo(2);
		Map<String, Object> lowOnly = Api
			.ok(this.api.get("/api/v1/inventory/stores/" + this.store + "/stock?lowOnly=true", this.staff));
		assertThat((List<?>) lowOnly.get("items")).singleElement()
			.satisfies((item) -> assertThat((Map<Object, Object>) item).containsEntry("productId", low)
				.containsEntry("status", "LOW"));
	}

	@Test
	void aProductsStockAcrossStoresShowsOnlyTheCallersStores() {
		UUID otherStore = UUID.randomUUID();
		this.api.stock(this.store, this.product, 5, 1);
		this.api.stock(otherStore, this.product, 7, 1);
		String path = "/api/v1/inventory/products/" + this.product + "/stock";

		List<?> forStaff = this.api.get(path, this.staff)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(forStaff).extracting((row) -> (Object) ((Map<?, ?>) row).get("storeId"))
			.containsExactly(this.store.toString());
		List<?> forAdmin = this.api.get(path, Api.ADMIN)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(forAdmin).extracting((row) -> (Object) ((Map<?, ?>) row).get("storeId"))
			.containsExactlyInAnyOrder(this.store.toString(), otherStore.toString());
	}

}
