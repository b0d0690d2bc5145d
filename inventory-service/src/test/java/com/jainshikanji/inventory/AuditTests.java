package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every staff and admin change is in the audit log, with who made it, what it was done
 * to, the store it concerns and what changed; admins read it, nobody else. Each test acts
 * as a user of its own, so it finds its entries by actor.
 */
@InventoryServiceTest
class AuditTests {

	@Autowired
	RestTestClient client;

	Api api;

	UUID adminId;

	String admin;

	UUID staffId;

	String staff;

	UUID store;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.adminId = UUID.randomUUID();
		this.admin = TestTokens.token(this.adminId, List.of("ADMIN"), List.of());
		this.store = UUID.randomUUID();
		this.staffId = UUID.randomUUID();
		this.staff = TestTokens.staff(this.staffId, this.store);
	}

	@Test
	void productChangesAreAuditedWithWhatChanged() {
		Object category = this.api.createCategory().get("id");
		Bodies.ProductBody body = Bodies.product(category, "Kokum Sharbat", "55.00");
		Map<String, Object> product = Api.json(this.api.post(Api.PRODUCTS, this.admin, body), 201);
		Object id = product.get("id");
		Api.ok(this.api.put(Api.PRODUCTS + "/" + id, this.admin,
				body.price(new java.math.BigDecimal("60.00")).available(false)));
		this.api.delete(Api.PRODUCTS + "/" + id, this.admin).expectStatus().isNoContent();

		assertThat(entry("product.created", id)).satisfies(by(this.adminId, "product", id, null))
			.satisfies(hasDetails(Map.of("name", "Kokum Sharbat", "price", 55.0, "available", true)));
		Map<String, Object> changed = entry("product.changed", id);
		assertThat(changed).satisfies(by(this.adminId, "product", id, null));
		assertThat(details(changed).get("changes")).isEqualTo(
				Map.of("price", Map.of("from", 55.0, "to", 60.0), "available", Map.of("from", true, "to", false)));
		assertThat(entry("product.archived", id)).satisfies(by(this.adminId, "product", id, null));
	}

	@Test
	void categoryAndCustomizationChangesAreAudited() {
		Map<String, Object> category = Api.json(
				this.api.post("/api/v1/categories", this.admin, Bodies.category("Coolers").slug(Api.unique("coolers"))),
				201);
		Object categoryId = category.get("id");
		Api.ok(this.api.put("/api/v1/categories/" + categoryId, this.admin,
				Bodies.category("Summer Coolers").slug((String) category.get("slug"))));
		Object product = this.api
			.createProduct(Bodies.product(this.api.createCategory().get("id"), "Jaljeera", "35.00"))
			.get("id");
		String customizations = Api.PRODUCTS + "/" + product + "/customizations";
		Object ice = Api.json(this.api.post(customizations, this.admin,
				Bodies.customization("Ice", "RADIO", false, Bodies.option("No ice", "0", true))), 201)
			.get("id");
		Api.ok(this.api.put(customizations + "/" + ice, this.admin, Bodies.customization("Ice", "RADIO", false,
				Bodies.option("No ice", "0", true), Bodies.option("Crushed ice", "5.00", false))));
		this.api.delete(customizations + "/" + ice, this.admin).expectStatus().isNoContent();
		this.api.delete("/api/v1/categories/" + categoryId, this.admin).expectStatus().isNoContent();

		assertThat(entry("category.created", categoryId)).satisfies(by(this.adminId, "category", categoryId, null))
			.satisfies(hasDetails(Map.of("name", "Coolers")));
		assertThat(map(details(entry("category.changed", categoryId)).get("after"))).containsEntry("name",
				"Summer Coolers");
		assertThat(entry("category.deleted", categoryId)).satisfies(by(this.adminId, "category", categoryId, null));
		assertThat(entry("customization.added", ice)).satisfies(by(this.adminId, "customization", ice, null))
			.satisfies(hasDetails(Map.of("productId", product)));
		Map<String, Object> changed = details(entry("customization.changed", ice));
		assertThat(list(map(changed.get("before")).get("options"))).hasSize(1);
		assertThat(list(map(changed.get("after")).get("options"))).hasSize(2)
			.contains(Map.of("name", "Crushed ice", "priceModifier", 5.0, "isDefault", false));
		assertThat(entry("customization.removed", ice)).satisfies(by(this.adminId, "customization", ice, null));
	}

	@Test
	void stockChangesAreAuditedAtTheirStore() {
		Object product = this.api.createProduct().get("id");
		Api.ok(this.api.put(Api.stockPath(this.store, product), this.staff,
				Bodies.levels(5, 200, 15).unit("glasses").costPerUnit("12.50")));
		Api.json(this.api.post(Api.stockPath(this.store, product) + "/adjustments", this.staff,
				Bodies.adjustment(40, "RESTOCK").note("Morning delivery")), 201);
		Api.json(this.api.post(Api.stockPath(this.store, product) + "/counts", this.staff,
				Bodies.count(38).note("Evening count")), 201);

		assertThat(entry("stock.levels-set", product)).satisfies(by(this.staffId, "product", product, this.store))
			.satisfies(hasDetails(Map.of("after", Map.of("minStock", 5, "maxStock", 200, "reorderPoint", 15, "unit",
					"glasses", "costPerUnit", 12.5))));
		assertThat(entry("stock.adjusted", product)).satisfies(by(this.staffId, "product", product, this.store))
			.satisfies(hasDetails(Map.of("reason", "RESTOCK", "change", 40, "stockBefore", 0, "stockAfter", 40, "note",
					"Morning delivery")));
		assertThat(entry("stock.counted", product)).satisfies(by(this.staffId, "product", product, this.store))
			.satisfies(hasDetails(Map.of("stockBefore", 40, "counted", 38, "note", "Evening count")));
	}

	@Test
	void aRefusedChangeLeavesNoEntry() {
		Object product = this.api.createProduct().get("id");
		this.api.stock(this.store, product, 2, 1);

		Api.json(this.api.post(Api.stockPath(this.store, product) + "/adjustments", this.staff,
				Bodies.adjustment(-5, "WASTE")), 409);

		assertThat(entries("actorId=" + this.staffId)).isEmpty();
	}

	@Test
	void supplierChangesAreAudited() {
		Object supplier = Api
			.json(this.api.post("/api/v1/suppliers", this.admin,
					Bodies.supplier("Rajkot Khakhra").paymentTerms("Net 15")), 201)
			.get("id");
		Api.ok(this.api.put("/api/v1/suppliers/" + supplier, this.admin,
				Bodies.supplier("Rajkot Khakhra").paymentTerms("Net 30")));
		this.api.delete("/api/v1/suppliers/" + supplier, this.admin).expectStatus().isNoContent();

		assertThat(entry("supplier.created", supplier)).satisfies(by(this.adminId, "supplier", supplier, null));
		Map<String, Object> changed = details(entry("supplier.changed", supplier));
		assertThat(map(changed.get("before"))).containsEntry("paymentTerms", "Net 15");
		assertThat(map(changed.get("after"))).containsEntry("paymentTerms", "Net 30");
		assertThat(entry("supplier.deactivated", supplier)).satisfies(by(this.adminId, "supplier", supplier, null));
	}

	@Test
	void purchaseOrderChangesAreAuditedAtTheirStore() {
		Object supplier = this.api.createSupplier().get("id");
		Object product = this.api.createProduct().get("id");
		String orders = "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
		Map<String, Object> received = Api
			.json(this.api.post(orders, this.staff, Bodies.purchaseOrder(supplier).item(product, 20, "12.50")), 201);
		Object receivedId = received.get("id");
		Api.ok(this.api.post(orders + "/" + receivedId + "/confirm", this.staff, null));
		Api.ok(this.api.post(orders + "/" + receivedId + "/receive", this.staff, null));
		Object cancelled = Api
			.json(this.api.post(orders, this.staff, Bodies.purchaseOrder(supplier).item(product, 5, "12.50")), 201)
			.get("id");
		Api.ok(this.api.post(orders + "/" + cancelled + "/cancel", this.staff, null));

		assertThat(entry("purchase-order.placed", receivedId))
			.satisfies(by(this.staffId, "purchase-order", receivedId, this.store))
			.satisfies(hasDetails(Map.of("number", received.get("number"), "supplierId", supplier, "total", 250.0)));
		assertThat(entry("purchase-order.confirmed", receivedId))
			.satisfies(by(this.staffId, "purchase-order", receivedId, this.store));
		assertThat(entry("purchase-order.received", receivedId))
			.satisfies(by(this.staffId, "purchase-order", receivedId, this.store))
			.satisfies(hasDetails(Map.of("items", List.of(Map.of("productId", product, "quantity", 20)))));
		assertThat(entry("purchase-order.cancelled", cancelled))
			.satisfies(by(this.staffId, "purchase-order", cancelled, this.store))
			.satisfies(hasDetails(Map.of("from", "PENDING")));
	}

	@Test
	void reservationsAreAuditedWhenAnAdminMakesThemNotWhenTheOrderServiceDoes() {
		Object product = this.api.createProduct().get("id");
		this.api.stock(this.store, product, 10, 1);
		UUID serviceId = UUID.randomUUID();
		String service = TestTokens.token(serviceId, List.of("SERVICE"), List.of());

		Object byAdmin = Api.json(this.api.post("/api/v1/inventory/reservations", this.admin,
				Bodies.reserve(UUID.randomUUID(), this.store, product, 1)), 201)
			.get("id");
		Api.ok(this.api.post("/api/v1/inventory/reservations/" + byAdmin + "/commit", this.admin, null));
		Object byService = Api
			.json(this.api.post("/api/v1/inventory/reservations", service,
					Bodies.reserve(UUID.randomUUID(), this.store, product, 1)), 201)
			.get("id");
		Api.ok(this.api.post("/api/v1/inventory/reservations/" + byService + "/release", service, null));

		assertThat(entry("reservation.created", byAdmin))
			.satisfies(by(this.adminId, "reservation", byAdmin, this.store));
		assertThat(entry("reservation.committed", byAdmin))
			.satisfies(by(this.adminId, "reservation", byAdmin, this.store));
		assertThat(entries("actorId=" + serviceId)).isEmpty();
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
		for (String token : List.of(TestTokens.customer(), this.staff, Api.service())) {
			this.api.get("/api/v1/admin/audit", token).expectStatus().isForbidden();
		}
		Api.ok(this.api.get("/api/v1/admin/audit", this.admin));
	}

	/** The one entry of this test's actors for the action on the target. */
	private Map<String, Object> entry(String action, Object targetId) {
		List<Map<String, Object>> entries = entries("action=" + action + "&targetId=" + targetId);
		assertThat(entries).as("%s of %s", action, targetId).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> entries(String query) {
		return (List<Map<String, Object>>) Api.ok(this.api.get("/api/v1/admin/audit?" + query, Api.ADMIN)).get("items");
	}

	private static java.util.function.Consumer<Map<String, Object>> by(UUID actor, String targetType, Object targetId,
			UUID store) {
		return (entry) -> {
			assertThat(entry).containsEntry("actorId", actor.toString())
				.containsEntry("targetType", targetType)
				.containsEntry("targetId", targetId.toString());
			assertThat(entry.get("storeId")).isEqualTo((store != null) ? store.toString() : null);
		};
	}

	private static java.util.function.Consumer<Map<String, Object>> hasDetails(Map<String, Object> expected) {
		return (entry) -> assertThat(details(entry)).containsAllEntriesOf(stringIds(expected));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object json) {
		return (Map<String, Object>) json;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object json) {
		return (List<Object>) json;
	}

	/** Ids as the JSON says them: strings. */
	private static Map<String, Object> stringIds(Map<String, Object> expected) {
		Map<String, Object> converted = new java.util.LinkedHashMap<>();
		expected.forEach((name, value) -> converted.put(name, convert(value)));
		return converted;
	}

	private static Object convert(Object value) {
		if (value instanceof UUID id) {
			return id.toString();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> converted = new java.util.LinkedHashMap<>();
			map.forEach((name, inner) -> converted.put((String) name, convert(inner)));
			return converted;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditTests::convert).toList();
		}
		return value;
	}

}
