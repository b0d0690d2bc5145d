package com.jainshikanji.inventory;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock and purchase orders are kept only for stores the store service knows: it is asked
 * ({@link StoreService}) before a stock row or a purchase order names a store for the
 * first time. A store it does not know is a 404 naming the store, one it cannot answer
 * for a 503; either way nothing is kept.
 */
@InventoryServiceTest
class StoreExistenceTests {

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Object product;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.product = this.api.createProduct().get("id");
	}

	@Test
	void noStockIsKeptForAStoreTheStoreServiceDoesNotKnow() {
		UUID nowhere = StoreService.stub.unknownStore();

		Map<String, Object> levels = Api
			.json(this.api.put(Api.stockPath(nowhere, this.product), Api.ADMIN, Bodies.levels(5, 100, 10)), 404);
		Map<String, Object> restock = Api.json(this.api.post(Api.stockPath(nowhere, this.product) + "/adjustments",
				Api.ADMIN, Bodies.adjustment(20, "RESTOCK")), 404);

		for (Map<String, Object> problem : java.util.List.of(levels, restock)) {
			assertThat(problem).containsEntry("type", "https://api.jainshikanji.in/problems/store-not-found")
				.containsEntry("storeId", nowhere.toString());
			assertThat((String) problem.get("detail")).contains(nowhere.toString());
		}
		assertThat(rows("inventory", nowhere)).isZero();
		assertThat(rows("stock_adjustments", nowhere)).isZero();
	}

	@Test
	void noPurchaseOrderIsPlacedForAStoreTheStoreServiceDoesNotKnow() {
		UUID nowhere = StoreService.stub.unknownStore();
		Object supplier = this.api.createSupplier().get("id");

		Problem problem = Problems.problem(this.api.post("/api/v1/inventory/stores/" + nowhere + "/purchase-orders",
				Api.ADMIN, Bodies.purchaseOrder(supplier).item(this.product, 10, "2.00")), 404);

		assertThat(problem.typeSlug()).isEqualTo("store-not-found");
		assertThat(problem.detail()).contains(nowhere.toString());
		assertThat(rows("purchase_orders", nowhere)).isZero();
	}

	@Test
	void aStoreTheStoreServiceKnowsIsStockedAndAskedAboutOnce() {
		UUID store = UUID.randomUUID();
		Object other = this.api.createProduct().get("id");

		Api.ok(this.api.put(Api.stockPath(store, this.product), Api.ADMIN, Bodies.levels(5, 100, 10)));
		this.api.adjust(store, other, 20, "RESTOCK");

		assertThat(rows("inventory", store)).isEqualTo(2);
		// Stores are never deleted, only deactivated: once known, a store stays known.
		assertThat(StoreService.stub.timesAsked(store)).isEqualTo(1);
	}

	@Test
	void whenTheStoreServiceCannotSayNothingIsKeptAndTheCallerMayTryAgain() {
		UUID store = UUID.randomUUID();
		StoreService.stub.fail(store);

		RestTestClient.ResponseSpec response = this.api.put(Api.stockPath(store, this.product), Api.ADMIN,
				Bodies.levels(5, 100, 10));

		response.expectHeader().exists("Retry-After");
		assertThat(Problems.problem(response, 503).typeSlug()).isEqualTo("service-unavailable");
		assertThat(rows("inventory", store)).isZero();
	}

	@Test
	void stockAlreadyKeptAtAStoreIsChangedWithoutAskingTheStoreService() {
		UUID store = UUID.randomUUID();
		this.api.stock(store, this.product, 10, 2);
		StoreService.stub.fail(store);
		String staff = TestTokens.staffOf(store);

		this.api.adjust(store, this.product, -2, "WASTE");
		Api.ok(this.api.put(Api.stockPath(store, this.product), staff, Bodies.levels(2, 50, 5)));
		Api.json(this.api.post(Api.stockPath(store, this.product) + "/counts", staff, Bodies.count(7)), 201);

		assertThat(this.api.available(store, this.product)).isEqualTo(7);
	}

	private int rows(String table, UUID storeId) {
		return this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE store_id = :store")
			.param("store", storeId)
			.query(Integer.class)
			.single();
	}

}
