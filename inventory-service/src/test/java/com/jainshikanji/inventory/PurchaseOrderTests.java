package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;
import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppliers and purchase orders: numbered, moving pending -> confirmed -> received (or
 * cancelled) and nowhere else, and raising stock exactly once when received.
 */
@InventoryServiceTest
class PurchaseOrderTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID store;

	UUID staffId;

	String staff;

	Object supplier;

	Object lemons;

	Object khakhra;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.store = UUID.randomUUID();
		this.staffId = UUID.randomUUID();
		this.staff = TestTokens.staff(this.staffId, this.store);
		this.supplier = this.api.createSupplier().get("id");
		this.lemons = this.api.createProduct().get("id");
		this.khakhra = this.api.createProduct().get("id");
		this.api.stock(this.store, this.lemons, 10, 5);
	}

	@Test
	void aPlacedPurchaseOrderIsNumberedAndTotalled() {
		Map<String, Object> order = place();

		assertThat((String) order.get("number")).matches("PO-20\\d\\d-\\d{6}");
		assertThat(order).containsEntry("status", "PENDING")
			.containsEntry("subtotal", 1150.0)
			.containsEntry("tax", 57.5)
			.containsEntry("shipping", 100.0)
			.containsEntry("total", 1307.5)
			.containsEntry("createdBy", this.staffId.toString());
		assertThat((List<?>) order.get("items")).hasSize(2);
		assertThat(place().get("number")).isNotEqualTo(order.get("number"));
	}

	@Test
	void receivingRaisesStockForEveryItemInOneGo() {
		Map<String, Object> order = place();
		Api.ok(this.api.post(path(order, "confirm"), this.staff, null));

		Map<String, Object> received = Api.ok(this.api.post(path(order, "receive"), this.staff, null));

		assertThat(received).containsEntry("status", "RECEIVED").containsKey("receivedDate");
		assertThat(this.api.available(this.store, this.lemons)).isEqualTo(110);
		assertThat(this.api.available(this.store, this.khakhra)).isEqualTo(25);
		Map<String, Object> trail = Api
			.ok(this.api.get(Api.stockPath(this.store, this.lemons) + "/adjustments", this.staff));
		assertThat((Map<Object, Object>) ((List<?>) trail.get("items")).get(0))
			.containsEntry("reason", "PURCHASE_ORDER")
			.containsEntry("reference", order.get("number"))
			.containsEntry("stockChange", 100)
			.containsEntry("actorId", this.staffId.toString());
	}

	@Test
	void goodsThatArrivedAreReceivedEvenAboveTheirMaxStock() {
		Api.ok(this.api.put(Api.stockPath(this.store, this.lemons), this.staff, Bodies.levels(5, 50, 10)));
		Map<String, Object> order = place();
		Api.ok(this.api.post(path(order, "confirm"), this.staff, null));

		assertThat(Api.ok(this.api.post(path(order, "receive"), this.staff, null))).containsEntry("status", "RECEIVED");
		assertThat(Api.ok(this.api.get(Api.stockPath(this.store, this.lemons), this.staff)))
			.containsEntry("currentStock", 110)
			.containsEntry("maxStock", 50);
	}

	@Test
	void aPurchaseOrderReceivedTwiceRaisesStockOnce() {
		Map<String, Object> order = place();
		Api.ok(this.api.post(path(order, "confirm"), this.staff, null));
		Api.ok(this.api.post(path(order, "receive"), this.staff, null));

		Problem again = Problems.problem(this.api.post(path(order, "receive"), this.staff, null), 409);

		assertThat(again.typeSlug()).isEqualTo("illegal-purchase-order-transition");
		assertThat(again.detail()).contains("RECEIVED");
		assertThat(this.api.available(this.store, this.lemons)).isEqualTo(110);
		assertThat(this.api.available(this.store, this.khakhra)).isEqualTo(25);
	}

	@Test
	void concurrentReceivesRaiseStockOnce() {
		Map<String, Object> order = place();
		Api.ok(this.api.post(path(order, "confirm"), this.staff, null));

		List<Integer> receives = Parallel.run(5,
				(i) -> this.api.post(path(order, "receive"), this.staff, null).returnResult().getStatus().value());

		assertThat(receives).containsOnlyOnce(200).containsOnly(200, 409);
		assertThat(this.api.available(this.store, this.lemons)).isEqualTo(110);
	}

	@Test
	void onlyLegalTransitionsAreAllowed() {
		Map<String, Object> pending = place();
		assertThat(Problems.problem(this.api.post(path(pending, "receive"), this.staff, null), 409).detail())
			.contains("PENDING", "RECEIVED");

		Map<String, Object> cancelled = Api.ok(this.api.post(path(pending, "cancel"), this.staff, null));
		assertThat(cancelled.get("status")).isEqualTo("CANCELLED");
		assertThat(Problems.problem(this.api.post(path(pending, "confirm"), this.staff, null), 409).typeSlug())
			.isEqualTo("illegal-purchase-order-transition");
		assertThat(Problems.problem(this.api.post(path(pending, "cancel"), this.staff, null), 409).typeSlug())
			.isEqualTo("illegal-purchase-order-transition");
		assertThat(this.api.available(this.store, this.lemons)).isEqualTo(10);

		Map<String, Object> confirmed = place();
		Api.ok(this.api.post(path(confirmed, "confirm"), this.staff, null));
		assertThat(Api.ok(this.api.post(path(confirmed, "cancel"), this.staff, null)).get("status"))
			.isEqualTo("CANCELLED");
	}

	@Test
	void aStoresPurchaseOrdersAreListedAndFilteredByStatus() {
		Map<String, Object> first = place();
		place();
		Api.ok(this.api.post(path(first, "cancel"), this.staff, null));

		String orders = "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
		assertThat(Api.ok(this.api.get(orders, this.staff)).get("totalItems")).isEqualTo(2);
		Map<String, Object> cancelled = Api.ok(this.api.get(orders + "?status=CANCELLED", this.staff));
		assertThat((List<?>) cancelled.get("items")).singleElement()
			.satisfies((order) -> assertThat((Map<Object, Object>) order).containsEntry("id", first.get("id")));
		// Another store's purchase order is not found through this store.
		assertThat(Problems
			.problem(this.api.get(
					"/api/v1/inventory/stores/" + UUID.randomUUID() + "/purchase-orders/" + first.get("id"), Api.ADMIN),
					404)
			.typeSlug()).isEqualTo("purchase-order-not-found");
	}

	@Test
	void purchaseOrdersNeedAnActiveSupplierKnownProductsAndEachProductOnce() {
		Object inactive = this.api.createSupplier().get("id");
		this.api.delete("/api/v1/suppliers/" + inactive, Api.ADMIN).expectStatus().isNoContent();
		assertThat(Api.ok(this.api.get("/api/v1/suppliers/" + inactive, this.staff)).get("active")).isEqualTo(false);

		assertThat(Problems.problem(this.api.post(orders(), this.staff, body(inactive, this.lemons, this.khakhra)), 422)
			.typeSlug()).isEqualTo("supplier-inactive");
		assertThat(Problems
			.problem(this.api.post(orders(), this.staff, body(this.supplier, this.lemons, UUID.randomUUID())), 404)
			.typeSlug()).isEqualTo("product-not-found");
		assertThat(Problems
			.problem(this.api.post(orders(), this.staff, body(this.supplier, this.lemons, this.lemons)), 422)
			.typeSlug()).isEqualTo("invalid-purchase-order");
		assertThat(
				Problems
					.problem(this.api.post(orders(), this.staff,
							Bodies.purchaseOrder(this.supplier).item(this.lemons, 1, "-1")), 400)
					.fields())
			.containsExactly("items[0].unitPrice");
	}

	@Test
	void anAdminManagesSuppliers() {
		Map<String, Object> created = this.api.createSupplier();
		Map<String, Object> changed = Api.ok(this.api.put("/api/v1/suppliers/" + created.get("id"), Api.ADMIN,
				Bodies.supplier("Gondal Lemon Growers").contactPerson("Hitesh Patel").paymentTerms("Net 30")));
		assertThat(changed).containsEntry("name", "Gondal Lemon Growers")
			.containsEntry("paymentTerms", "Net 30")
			.containsEntry("active", true);
		List<?> active = this.api.get("/api/v1/suppliers?active=true", this.staff)
			.expectStatus()
			.isOk()
			.expectBody(List.class)
			.returnResult()
			.getResponseBody();
		assertThat(active).extracting((supplier) -> (Object) ((Map<?, ?>) supplier).get("id"))
			.contains(created.get("id"));
		assertThat(
				Problems.problem(this.api.post("/api/v1/suppliers", Api.ADMIN, Bodies.supplier("X").email("nope")), 400)
					.fields())
			.containsExactly("email");
	}

	private Map<String, Object> place() {
		return Api.json(this.api.post(orders(), this.staff,
				body(this.supplier, this.lemons, this.khakhra).tax("57.5").shipping("100").notes("Weekly order")), 201);
	}

	private static Bodies.PurchaseOrderBody body(Object supplier, Object first, Object second) {
		return Bodies.purchaseOrder(supplier).item(first, 100, "8.5").item(second, 25, "12");
	}

	private String orders() {
		return "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
	}

	private String path(Map<String, Object> order, String action) {
		return orders() + "/" + order.get("id") + "/" + action;
	}

}
