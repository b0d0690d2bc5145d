package com.jainshikanji.inventory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.security.StaffJob;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, for every endpoint: anonymous callers get 401; customers 403; staff
 * of another store 403; staff of the store (where staff may act at all) succeed as far as
 * their job there allows, and get a 403 naming it otherwise; services (for reservations)
 * and admins succeed. Each successful call gets fresh data to act on.
 */
@InventoryServiceTest
class AuthorizationMatrixTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	/** Who succeeds, besides admins. */
	enum Access {

		/** Everyone, without a token. */
		PUBLIC,

		/** Admins only. */
		ADMIN,

		/** Any staff member, whatever the store. */
		ANY_STAFF,

		/** Staff of the store in the path, whatever their job there. */
		STORE_STAFF(StaffJob.values()),

		/** Staff of the store in the path who keep its stock: managers and chefs. */
		STOCK_KEEPERS(StaffJob.MANAGER, StaffJob.CHEF),

		/** Staff of the store in the path who buy its supplies: managers. */
		BUYERS(StaffJob.MANAGER),

		/** Other services. */
		SERVICE;

		/** For access at the store in the path, the jobs there that get through. */
		private final Set<StaffJob> jobs;

		Access(StaffJob... jobs) {
			this.jobs = Set.of(jobs);
		}

		boolean atTheStore() {
			return !this.jobs.isEmpty();
		}

	}

	record Call(HttpMethod method, String path, Object body) {

		static Call get(String path) {
			return new Call(HttpMethod.GET, path, null);
		}

		static Call post(String path, Object body) {
			return new Call(HttpMethod.POST, path, body);
		}

		static Call put(String path, Object body) {
			return new Call(HttpMethod.PUT, path, body);
		}

		static Call delete(String path) {
			return new Call(HttpMethod.DELETE, path, null);
		}

	}

	record Endpoint(String name, Access access, int success, Function<World, Call> call) {

		@Override
		public String toString() {
			return this.name + " (" + this.access + ")";
		}

	}

	static Stream<Endpoint> endpoints() {
		String stock = "/api/v1/inventory/stores/%s/stock/%s";
		String orders = "/api/v1/inventory/stores/%s/purchase-orders";
		return Stream.of(
				// Public catalog
				new Endpoint("GET products", Access.PUBLIC, 200, (w) -> Call.get("/api/v1/products")),
				new Endpoint("GET product", Access.PUBLIC, 200, (w) -> Call.get("/api/v1/products/" + w.product())),
				new Endpoint("GET customizations", Access.PUBLIC, 200,
						(w) -> Call.get("/api/v1/products/" + w.product() + "/customizations")),
				new Endpoint("POST price", Access.PUBLIC, 200,
						(w) -> Call.post("/api/v1/products/" + w.product() + "/price",
								Bodies.price(List.of(w.option()), 2))),
				new Endpoint("GET categories", Access.PUBLIC, 200, (w) -> Call.get("/api/v1/categories")),
				new Endpoint("GET category", Access.PUBLIC, 200, (w) -> Call.get("/api/v1/categories/" + w.category())),
				// Catalog management
				new Endpoint("POST product", Access.ADMIN, 201,
						(w) -> Call.post("/api/v1/products", Bodies.product(w.category(), "Nimbu Pani", "30.00"))),
				new Endpoint("PUT product", Access.ADMIN, 200,
						(w) -> Call.put("/api/v1/products/" + w.product(),
								Bodies.product(w.category(), "Nimbu Pani", "35.00"))),
				new Endpoint("DELETE product", Access.ADMIN, 204,
						(w) -> Call.delete("/api/v1/products/" + w.product())),
				new Endpoint("POST customization", Access.ADMIN, 201,
						(w) -> Call.post("/api/v1/products/" + w.product() + "/customizations", customization())),
				new Endpoint("PUT customization", Access.ADMIN, 200,
						(w) -> Call.put("/api/v1/products/" + w.product() + "/customizations/" + w.customization(),
								customization())),
				new Endpoint("DELETE customization", Access.ADMIN, 204,
						(w) -> Call.delete("/api/v1/products/" + w.product() + "/customizations/" + w.customization())),
				new Endpoint("POST category", Access.ADMIN, 201,
						(w) -> Call.post("/api/v1/categories", Bodies.category(Api.unique("Coolers")))),
				new Endpoint("PUT category", Access.ADMIN, 200,
						(w) -> Call.put("/api/v1/categories/" + w.category(), Bodies.category(Api.unique("Coolers")))),
				new Endpoint("DELETE category", Access.ADMIN, 204,
						(w) -> Call.delete("/api/v1/categories/" + w.emptyCategory())),
				// Suppliers
				new Endpoint("GET suppliers", Access.ANY_STAFF, 200, (w) -> Call.get("/api/v1/suppliers")),
				new Endpoint("GET supplier", Access.ANY_STAFF, 200,
						(w) -> Call.get("/api/v1/suppliers/" + w.supplier())),
				new Endpoint("POST supplier", Access.ADMIN, 201,
						(w) -> Call.post("/api/v1/suppliers", Bodies.supplier(Api.unique("Rajkot Khakhra")))),
				new Endpoint("PUT supplier", Access.ADMIN, 200,
						(w) -> Call.put("/api/v1/suppliers/" + w.supplier(), Bodies.supplier(Api.unique("Rajkot")))),
				new Endpoint("DELETE supplier", Access.ADMIN, 204,
						(w) -> Call.delete("/api/v1/suppliers/" + w.supplier())),
				// Stock
				new Endpoint("GET product stock", Access.ANY_STAFF, 200,
						(w) -> Call.get("/api/v1/inventory/products/" + w.stockedProduct() + "/stock")),
				new Endpoint("GET store stock", Access.STORE_STAFF, 200,
						(w) -> Call.get("/api/v1/inventory/stores/" + w.store + "/stock")),
				new Endpoint("GET stock", Access.STORE_STAFF, 200,
						(w) -> Call.get(stock.formatted(w.store, w.stockedProduct()))),
				new Endpoint("PUT stock levels", Access.STOCK_KEEPERS, 200,
						(w) -> Call.put(stock.formatted(w.store, w.stockedProduct()), Bodies.levels(2, 50, 5))),
				new Endpoint("POST adjustment", Access.STOCK_KEEPERS, 201,
						(w) -> Call.post(stock.formatted(w.store, w.stockedProduct()) + "/adjustments",
								Bodies.adjustment(-1, "WASTE"))),
				new Endpoint("POST count", Access.STOCK_KEEPERS, 201,
						(w) -> Call.post(stock.formatted(w.store, w.stockedProduct()) + "/counts", Bodies.count(9))),
				new Endpoint("GET product adjustments", Access.STORE_STAFF, 200,
						(w) -> Call.get(stock.formatted(w.store, w.stockedProduct()) + "/adjustments")),
				new Endpoint("GET store adjustments", Access.STORE_STAFF, 200,
						(w) -> Call.get("/api/v1/inventory/stores/" + w.store + "/adjustments")),
				// Purchase orders
				new Endpoint("POST purchase order", Access.BUYERS, 201,
						(w) -> Call.post(orders.formatted(w.store), w.purchaseOrderBody())),
				new Endpoint("GET purchase orders", Access.STORE_STAFF, 200,
						(w) -> Call.get(orders.formatted(w.store))),
				new Endpoint("GET purchase order", Access.STORE_STAFF, 200,
						(w) -> Call.get(orders.formatted(w.store) + "/" + w.purchaseOrder())),
				new Endpoint("POST confirm purchase order", Access.BUYERS, 200,
						(w) -> Call.post(orders.formatted(w.store) + "/" + w.purchaseOrder() + "/confirm", null)),
				new Endpoint("POST receive purchase order", Access.STOCK_KEEPERS, 200,
						(w) -> Call.post(orders.formatted(w.store) + "/" + w.confirmedPurchaseOrder() + "/receive",
								null)),
				new Endpoint("POST cancel purchase order", Access.BUYERS, 200,
						(w) -> Call.post(orders.formatted(w.store) + "/" + w.purchaseOrder() + "/cancel", null)),
				// Reservations
				new Endpoint("POST reservation", Access.SERVICE, 201,
						(w) -> Call.post("/api/v1/inventory/reservations",
								Bodies.reserve(UUID.randomUUID(), w.store, w.stockedProduct(), 1))),
				new Endpoint("GET reservation", Access.SERVICE, 200,
						(w) -> Call.get("/api/v1/inventory/reservations/" + w.reservation())),
				new Endpoint("POST commit reservation", Access.SERVICE, 200,
						(w) -> Call.post("/api/v1/inventory/reservations/" + w.reservation() + "/commit", null)),
				new Endpoint("POST release reservation", Access.SERVICE, 200,
						(w) -> Call.post("/api/v1/inventory/reservations/" + w.reservation() + "/release", null)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("endpoints")
	void onlyTheRightCallersGetThrough(Endpoint endpoint) {
		World shared = new World(this.api);
		Call call = endpoint.call().apply(shared);
		String otherStoresStaff = TestTokens.staffOf(UUID.randomUUID());

		if (endpoint.access() == Access.PUBLIC) {
			expect(call, null, endpoint.success());
			expect(endpoint.call().apply(shared), TestTokens.customer(), endpoint.success());
			expect(endpoint.call().apply(shared), otherStoresStaff, endpoint.success());
			if (call.method() == HttpMethod.GET) {
				// HEAD is GET without the body: as open.
				expect(new Call(HttpMethod.HEAD, call.path(), null), null, endpoint.success());
			}
			return;
		}
		expect(call, null, 401);
		expect(call, TestTokens.customer(), 403);
		if (call.method() == HttpMethod.GET) {
			// HEAD is answered only where GET is public.
			expect(new Call(HttpMethod.HEAD, call.path(), null), TestTokens.customer(), 403);
		}
		expect(call, otherStoresStaff, (endpoint.access() == Access.ANY_STAFF) ? endpoint.success() : 403);
		expect(call, Api.service(), (endpoint.access() == Access.SERVICE) ? endpoint.success() : 403);

		World forStaff = new World(this.api);
		boolean staffMay = endpoint.access().atTheStore() || endpoint.access() == Access.ANY_STAFF;
		expect(endpoint.call().apply(forStaff), TestTokens.staffOf(forStaff.store),
				staffMay ? endpoint.success() : 403);
		if (endpoint.access().atTheStore()) {
			expectOnlyTheJobsThatMay(endpoint);
		}
		if (endpoint.access() == Access.SERVICE) {
			World forService = new World(this.api);
			expect(endpoint.call().apply(forService), Api.service(), endpoint.success());
		}
		World forAdmin = new World(this.api);
		expect(endpoint.call().apply(forAdmin), Api.ADMIN, endpoint.success());
	}

	/**
	 * Each job at the store, and a token that names no job there (issued before jobs were
	 * carried), against an endpoint for some of the store's staff: those the endpoint is
	 * for get through, the others a 403 that names their job and leaves the data as it
	 * was for the next caller.
	 */
	private void expectOnlyTheJobsThatMay(Endpoint endpoint) {
		World refused = new World(this.api);
		for (StaffJob job : StaffJob.values()) {
			if (endpoint.access().jobs.contains(job)) {
				World world = new World(this.api);
				expect(endpoint.call().apply(world), TestTokens.staffAs(job.name(), UUID.randomUUID(), world.store),
						endpoint.success());
			}
			else {
				Call call = endpoint.call().apply(refused);
				Problem problem = Problems.problem(this.api.exchange(call.method(), call.path(),
						TestTokens.staffAs(job.name(), UUID.randomUUID(), refused.store), call.body()), 403);
				assertThat(problem.typeSlug()).as("%s as %s", endpoint, job).isEqualTo("store-duty-not-allowed");
				assertThat(problem.detail()).as("%s as %s", endpoint, job).contains("(" + job + ") does not allow");
			}
		}
		World noJob = new World(this.api);
		String jobless = TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(noJob.store));
		if (endpoint.access() == Access.STORE_STAFF) {
			expect(endpoint.call().apply(noJob), jobless, endpoint.success());
		}
		else {
			Call call = endpoint.call().apply(noJob);
			assertThat(
					Problems.problem(this.api.exchange(call.method(), call.path(), jobless, call.body()), 403).detail())
				.as("%s with no job", endpoint)
				.contains("names no job at store " + noJob.store);
		}
		// Whoever was refused changed nothing: a store's manager still gets through.
		expect(endpoint.call().apply(refused), TestTokens.staffOf(refused.store), endpoint.success());
		expect(endpoint.call().apply(noJob), TestTokens.staffOf(noJob.store), endpoint.success());
	}

	private void expect(Call call, String token, int status) {
		var response = this.api.exchange(call.method(), call.path(), token, call.body());
		int actual = response.returnResult().getStatus().value();
		assertThat(actual).as("%s %s", call.method(), call.path()).isEqualTo(status);
	}

	private static Bodies.CustomizationBody customization() {
		return Bodies.customization("Ice", "RADIO", false, Bodies.option("No ice", "0", false),
				Bodies.option("Regular ice", "0", true));
	}

	/**
	 * Data for one call to act on, made (by an admin) only when the call needs it: a
	 * store, a product with a customization, stock of it at the store, a supplier,
	 * purchase orders and a reservation.
	 */
	static final class World {

		final UUID store = UUID.randomUUID();

		private final Api api;

		private final Map<String, Object> made = new HashMap<>();

		World(Api api) {
			this.api = api;
		}

		Object category() {
			return once("category", () -> this.api.createCategory().get("id"));
		}

		Object emptyCategory() {
			return once("emptyCategory", () -> this.api.createCategory().get("id"));
		}

		Object product() {
			return once("product",
					() -> this.api.createProduct(Bodies.product(category(), Api.unique("Masala Shikanji"), "50.00"))
						.get("id"));
		}

		Object customization() {
			return once("customization", () -> this.api.addCustomization(product(), "Sugar level", "RADIO", false,
					Bodies.option("Less sugar", "0", false), Bodies.option("Regular", "0", true)));
		}

		Object option() {
			return ((Map<?, ?>) ((List<?>) ((Map<?, ?>) customizationMade()).get("options")).get(0)).get("id");
		}

		private Object customizationMade() {
			customization();
			return this.made.get("customization");
		}

		Object stockedProduct() {
			return once("stockedProduct", () -> {
				Object product = product();
				this.api.stock(this.store, product, 10, 1);
				return product;
			});
		}

		Object supplier() {
			return once("supplier", () -> this.api.createSupplier().get("id"));
		}

		Bodies.PurchaseOrderBody purchaseOrderBody() {
			return Bodies.purchaseOrder(supplier()).item(product(), 20, "12.50");
		}

		Object purchaseOrder() {
			return once("purchaseOrder", () -> Api
				.json(this.api.post("/api/v1/inventory/stores/" + this.store + "/purchase-orders", Api.ADMIN,
						purchaseOrderBody()), 201)
				.get("id"));
		}

		Object confirmedPurchaseOrder() {
			return once("confirmedPurchaseOrder", () -> {
				Object order = purchaseOrder();
				Api.ok(this.api.post(
						"/api/v1/inventory/stores/" + this.store + "/purchase-orders/" + order + "/confirm", Api.ADMIN,
						null));
				return order;
			});
		}

		Object reservation() {
			return once("reservation", () -> Api.json(this.api.post("/api/v1/inventory/reservations", Api.ADMIN,
					Bodies.reserve(UUID.randomUUID(), this.store, stockedProduct(), 2)), 201)
				.get("id"));
		}

		private Object once(String key, java.util.function.Supplier<Object> make) {
			if (!this.made.containsKey(key)) {
				this.made.put(key, make.get());
			}
			Object value = this.made.get(key);
			return (value instanceof Map<?, ?> map && map.containsKey("id")) ? map.get("id") : value;
		}

	}

}
