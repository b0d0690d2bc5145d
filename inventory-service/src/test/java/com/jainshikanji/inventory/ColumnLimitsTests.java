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
 * Amounts and counts that each pass validation but add up to more than their column holds
 * ({@code DECIMAL(12,2)} for purchase order amounts, {@code INT} for stock) are refused
 * with a 4xx naming the rule, and change nothing; they used to be 500s.
 */
@InventoryServiceTest
class ColumnLimitsTests {

	private static final int MAX_STOCK = Integer.MAX_VALUE;

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	UUID store;

	String staff;

	Object supplier;

	Object product;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.staff = TestTokens.staffOf(this.store);
		this.supplier = this.api.createSupplier().get("id");
		this.product = this.api.createProduct().get("id");
	}

	@Test
	void aPurchaseOrderLineWorthMoreThanAnAmountHoldsIsRefusedNamingTheLine() {
		// 100000 x 100000.00 = 10,000,000,000.00, one paisa more than DECIMAL(12,2)
		// holds.
		Map<String, Object> problem = Api.json(this.api.post(purchaseOrders(), this.staff,
				Bodies.purchaseOrder(this.supplier).item(this.product, 100_000, "100000.00")), 422);

		assertThat(problem.get("type")).asString().endsWith("/amount-too-large");
		assertThat(problem).containsEntry("field", "items[0].totalPrice").containsEntry("limit", 9999999999.99);
		assertThat(problem.get("detail")).asString().contains("items[0]", "10000000000.00", "9999999999.99");
		assertThat(purchaseOrderCount()).isZero();
	}

	@Test
	void aPurchaseOrderWhoseSubtotalOrTotalOverflowsIsRefused() {
		Map<String, Object> subtotal = Api.json(this.api.post(purchaseOrders(), this.staff,
				Bodies.purchaseOrder(this.supplier)
					.item(this.product, 100_000, "60000.00")
					.item(this.api.createProduct().get("id"), 100_000, "60000.00")),
				422);
		assertThat(subtotal).containsEntry("field", "subtotal");

		Map<String, Object> total = Api.json(this.api.post(purchaseOrders(), this.staff,
				Bodies.purchaseOrder(this.supplier)
					.item(this.product, 100_000, "90000.00")
					.tax("9999999999.99")
					.shipping("9999999999.99")),
				422);
		assertThat(total).containsEntry("field", "total");
		assertThat(purchaseOrderCount()).isZero();
		// The largest order that fits is fine.
		Api.json(this.api.post(purchaseOrders(), this.staff,
				Bodies.purchaseOrder(this.supplier)
					.item(this.product, 1, "99999999.99")
					.tax("9899999999.99")
					.shipping("0.01")),
				201);
	}

	@Test
	void raisingStockPastTheLargestCountIsRefusedNamingTheLimit() {
		this.api.stock(this.store, this.product, 10, 1);
		// As if restocked 21,474 times over: as high as an INT goes, less five.
		setStock(MAX_STOCK - 5);

		Problem problem = Problems.problem(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments",
				this.staff, Bodies.adjustment(100_000, "RESTOCK")), 409);

		assertThat(problem.typeSlug()).isEqualTo("stock-limit-exceeded");
		assertThat(problem.detail()).contains("would exceed " + MAX_STOCK);
		assertThat(currentStock()).isEqualTo(MAX_STOCK - 5);
		// Up to the limit exactly is fine.
		Api.json(this.api.post(Api.stockPath(this.store, this.product) + "/adjustments", this.staff,
				Bodies.adjustment(5, "RESTOCK")), 201);
		assertThat(currentStock()).isEqualTo(MAX_STOCK);
	}

	@Test
	void receivingGoodsPastTheLargestCountIsRefusedAndChangesNothing() {
		this.api.stock(this.store, this.product, 10, 1);
		Map<String, Object> order = Api.json(this.api.post(purchaseOrders(), this.staff,
				Bodies.purchaseOrder(this.supplier).item(this.product, 100_000, "1.00")), 201);
		String path = purchaseOrders() + "/" + order.get("id");
		Api.ok(this.api.post(path + "/confirm", this.staff, null));
		setStock(MAX_STOCK - 99_999);

		Problem problem = Problems.problem(this.api.post(path + "/receive", this.staff, null), 409);

		assertThat(problem.typeSlug()).isEqualTo("stock-limit-exceeded");
		assertThat(currentStock()).isEqualTo(MAX_STOCK - 99_999);
		assertThat(Api.ok(this.api.get(path, this.staff)).get("status")).isEqualTo("CONFIRMED");
	}

	private void setStock(int units) {
		this.jdbc.sql("UPDATE inventory SET current_stock = :units WHERE store_id = :store")
			.param("units", units)
			.param("store", this.store)
			.update();
	}

	private int currentStock() {
		return (Integer) Api.ok(this.api.get(Api.stockPath(this.store, this.product), this.staff)).get("currentStock");
	}

	private int purchaseOrderCount() {
		return this.jdbc.sql("SELECT count(*) FROM purchase_orders WHERE store_id = :store")
			.param("store", this.store)
			.query(Integer.class)
			.single();
	}

	private String purchaseOrders() {
		return "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
	}

}
