package com.jainshikanji.inventory;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input a client can send is a server error: every field of every write endpoint's
 * body, every path variable and every query parameter gets each of a list of extreme
 * values (the largest and smallest ints and longs, 1e20, numbers too long for any column,
 * negative zero, 10,000-character strings, NUL characters, lone surrogates, NaN-ish
 * strings, dates no database stores, empty and huge lists...), and every answer must be
 * below 500. Starting from a complete valid body, so each value meets a field's own
 * validation and whatever lies behind it.
 */
@InventoryServiceTest
class ExtremeInputTests {

	/** A field left out. */
	private static final Object ABSENT = new Object();

	/** A field set to JSON {@code null}. */
	private static final Object NULL = new Object();

	/** Tried on every field. */
	private static final List<Object> FOR_ANY = List.of(ABSENT, NULL, "", "\u0000", "x".repeat(10_000), true, List.of(),
			Map.of(), Long.MAX_VALUE, 1e20);

	/** Tried on fields whose valid value is text. */
	private static final List<Object> FOR_TEXT = List.of(" ", "nul\u0000in the middle", "\ud800", "😀".repeat(300),
			"ß".repeat(100));

	/** Tried on fields whose valid value is an id. */
	private static final List<Object> FOR_IDS = List.of("00000000-0000-0000-0000-00000000000g",
			"00000000-0000-0000-0000-000000000000");

	/** Tried on fields whose valid value is a date or an instant. */
	private static final List<Object> FOR_DATES = List.of("+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z",
			"294277-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "+999999999-12-31", "-999999999-01-01", "5874898-01-01",
			Integer.MAX_VALUE, Integer.MIN_VALUE);

	/** Tried on fields whose valid value is a number. */
	private static final List<Object> FOR_NUMBERS = List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 2_147_483_648L,
			Long.MIN_VALUE, -0.0, Double.MIN_VALUE, -1, 0, new BigDecimal("-0"), new BigDecimal("1E+1000000000"),
			new BigDecimal("1E-1000000000"), new BigDecimal("9".repeat(500) + ".99"), new BigDecimal("0.001"),
			new BigDecimal("99999999999.99"), "NaN", "1e20");

	/** Tried on flags. */
	private static final List<Object> FOR_FLAGS = List.of(1, "yes");

	/** Tried on lists. */
	private static final List<Object> FOR_LISTS = List.of(Collections.nCopies(1000, "a"), List.of(Map.of()));

	private static final List<String> EXTREME_PARAMETERS = List.of("", "x".repeat(5_000), "%00", "-1", "-0",
			"2147483648", "9223372036854775808", "1e20", "1E%2B1000000000", "NaN", "Infinity", "%F0%9F%98%80",
			"00000000-0000-0000-0000-00000000000g", "%2B1000000000-12-31T23:59:59Z");

	@Autowired
	RestTestClient client;

	@LocalServerPort
	int port;

	Api api;

	World world;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.world = new World(this.api);
	}

	@Test
	void noBodyAClientCanSendIsAServerError() {
		List<String> failures = new ArrayList<>();
		int targets = this.world.writes().size();
		for (int i = 0; i < targets; i++) {
			// Each endpoint in a world of its own: a supplier one deactivates, a product
			// one switches off, must not stop another.
			failures.addAll(serverErrors(new World(this.api).writes().get(i)));
		}
		assertThat(failures).isEmpty();
	}

	private List<String> serverErrors(Target target) {
		List<String> failures = new ArrayList<>();
		Map<String, Object> valid = target.body().get().json();
		for (String field : fields(valid, "")) {
			for (Object value : extremesFor(valueAt(valid, field))) {
				// A fresh valid body each time, so a unique slug or SKU never hides what
				// lies behind it.
				Object body = replaced(target.body().get().json(), field, value);
				int status = send(target.method(), target.path(), target.token(), body);
				if (status >= 500) {
					failures.add(target + " with " + field + " = " + describe(value) + " answered " + status);
				}
			}
		}
		return failures;
	}

	@Test
	void noPathOrQueryAClientCanSendIsAServerError() {
		List<String> failures = new ArrayList<>();
		for (Target target : this.world.all()) {
			for (String variable : this.world.ids()) {
				if (!target.path().contains(variable)) {
					continue;
				}
				for (String value : EXTREME_PARAMETERS) {
					String path = target.path().replace(variable, value);
					int status = send(target.method(), path, target.token(),
							(target.body() != null) ? target.body().get().json() : null);
					if (status >= 500) {
						failures.add(target + " at " + path.substring(0, Math.min(path.length(), 200)) + " answered "
								+ status);
					}
				}
			}
		}
		for (String query : this.world.queries()) {
			for (String value : EXTREME_PARAMETERS) {
				String uri = query.replace("{}", value);
				int status = send(HttpMethod.GET, uri, Api.ADMIN, null);
				if (status >= 500) {
					failures.add("GET " + uri.substring(0, Math.min(uri.length(), 200)) + " answered " + status);
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private int send(HttpMethod method, String path, String token, Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method)
			.uri(URI.create("http://localhost:" + this.port + path))
			.headers((headers) -> headers.setBearerAuth(token));
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange()
			.returnResult()
			.getStatus()
			.value();
	}

	private static List<Object> extremesFor(Object valid) {
		List<Object> extremes = new ArrayList<>(FOR_ANY);
		switch (valid) {
			case Boolean flag -> extremes.addAll(FOR_FLAGS);
			case Number number -> extremes.addAll(FOR_NUMBERS);
			case List<?> list -> extremes.addAll(FOR_LISTS);
			case UUID id -> {
				extremes.addAll(FOR_TEXT);
				extremes.addAll(FOR_IDS);
			}
			case String text -> {
				extremes.addAll(FOR_TEXT);
				if (text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
					extremes.addAll(FOR_IDS);
				}
				if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
					extremes.addAll(FOR_DATES);
				}
			}
			default -> {
			}
		}
		return extremes;
	}

	private static Object valueAt(Object json, String path) {
		Object value = json;
		for (String step : path.replace("[0]", ".[0]").split("\\.")) {
			value = step.equals("[0]") ? ((List<?>) value).getFirst() : ((Map<?, ?>) value).get(step);
		}
		return value;
	}

	/**
	 * Every member of the body, nested ones too, as paths like {@code items[0].quantity}.
	 */
	private static List<String> fields(Object json, String prefix) {
		List<String> fields = new ArrayList<>();
		if (json instanceof Map<?, ?> map) {
			map.forEach((name, value) -> {
				String path = prefix.isEmpty() ? (String) name : prefix + "." + name;
				fields.add(path);
				fields.addAll(fields(value, path));
			});
		}
		else if (json instanceof List<?> list && !list.isEmpty()) {
			fields.add(prefix + "[0]");
			fields.addAll(fields(list.getFirst(), prefix + "[0]"));
		}
		return fields;
	}

	/** A deep copy of the body with the member at {@code path} set to the value. */
	@SuppressWarnings("unchecked")
	private static Object replaced(Object json, String path, Object value) {
		if (path.isEmpty()) {
			return (value == NULL) ? null : value;
		}
		if (path.startsWith("[0]")) {
			List<Object> copy = new ArrayList<>((List<Object>) json);
			String rest = path.substring(3).replaceFirst("^\\.", "");
			Object replaced = replaced(copy.getFirst(), rest, value);
			if (replaced == ABSENT) {
				copy.removeFirst();
			}
			else {
				copy.set(0, replaced);
			}
			return copy;
		}
		int end = firstOf(path, '.', '[');
		String name = path.substring(0, end);
		String rest = path.substring(end).replaceFirst("^\\.", "");
		Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) json);
		Object replaced = replaced(copy.get(name), rest, value);
		if (replaced == ABSENT) {
			copy.remove(name);
		}
		else {
			copy.put(name, replaced);
		}
		return copy;
	}

	private static int firstOf(String path, char... separators) {
		int first = path.length();
		for (char separator : separators) {
			int at = path.indexOf(separator);
			if (at >= 0 && at < first) {
				first = at;
			}
		}
		return first;
	}

	private static String describe(Object value) {
		if (value == ABSENT) {
			return "(absent)";
		}
		if (value == NULL) {
			return "null";
		}
		String text = String.valueOf(value);
		return (value instanceof String) ? "\"" + abbreviate(text) + "\"" : abbreviate(text);
	}

	private static String abbreviate(String text) {
		return (text.length() > 40) ? text.substring(0, 20) + "...(" + text.length() + " chars)" : text;
	}

	/** One request: a method, a path, a caller and a complete valid body (if any). */
	record Target(String name, HttpMethod method, String path, String token, Supplier<JsonBody<?>> body) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	/**
	 * Something of every kind for the requests to act on: a category, a product with a
	 * customization, stock at a store, a supplier, a purchase order and a reservation.
	 */
	static final class World {

		final UUID store = UUID.randomUUID();

		final String staff = TestTokens.staffOf(this.store);

		final Object category;

		final Object product;

		final Map<String, Object> customization;

		final Object supplier;

		final Object purchaseOrder;

		final Object reservation;

		World(Api api) {
			this.category = api.createCategory().get("id");
			this.product = api.createProduct(fullProduct(this.category)).get("id");
			this.customization = api.addCustomization(this.product, "Size", "SELECT", false,
					Bodies.option("Regular", "0", true).displayOrder(1),
					Bodies.option("Large", "20.00", false).displayOrder(2));
			api.stock(this.store, this.product, 50, 5);
			this.supplier = api.createSupplier().get("id");
			this.purchaseOrder = Api.json(api.post(purchaseOrders(), Api.ADMIN, fullPurchaseOrder()), 201).get("id");
			this.reservation = Api.json(api.post("/api/v1/inventory/reservations", Api.service(),
					Bodies.reserve(UUID.randomUUID(), this.store, this.product, 1)), 201)
				.get("id");
		}

		List<String> ids() {
			return List.of(this.store.toString(), this.category.toString(), this.product.toString(),
					this.customization.get("id").toString(), this.supplier.toString(), this.purchaseOrder.toString(),
					this.reservation.toString());
		}

		Bodies.ProductBody fullProduct(Object categoryId) {
			Instant now = Instant.now();
			return Bodies.product(categoryId, Api.unique("Kesar Shikanji"), "80.00")
				.originalPrice(new BigDecimal("95.00"))
				.shortDescription("Saffron shikanji")
				.sku(Api.unique("JS"))
				.subcategory("Premium")
				.tags("premium", "saffron")
				.jain(true)
				.veg(true)
				.vegan(false)
				.glutenFree(true)
				.nutFree(false)
				.spiceLevel("SWEET")
				.prepTimeMinutes(7)
				.servings(1)
				.weight("300 ml")
				.unit("ml")
				.shelfLifeDays(1)
				.storageInstructions("Serve chilled")
				.nutrition(new Bodies.NutritionBody().calories(130)
					.proteinG(new BigDecimal("1.5"))
					.carbsG(new BigDecimal("30"))
					.fatG(new BigDecimal("2.25"))
					.fiberG(new BigDecimal("0.5"))
					.sodiumMg(300))
				.images("https://cdn.jainshikanji.in/products/kesar-shikanji.jpg")
				.videoUrl("https://cdn.jainshikanji.in/products/kesar-shikanji.mp4")
				.available(true)
				.availableFrom(now.minusSeconds(3600))
				.availableUntil(now.plusSeconds(86_400))
				.featured(true)
				.metaTitle("Kesar Shikanji")
				.metaDescription("Saffron-infused shikanji");
		}

		Bodies.PurchaseOrderBody fullPurchaseOrder() {
			return Bodies.purchaseOrder(this.supplier)
				.item(this.product, 10, "12.50")
				.tax("5.00")
				.shipping("20.00")
				.expectedDeliveryDate(LocalDate.now().plusDays(3))
				.notes("Weekly order");
		}

		private String products() {
			return "/api/v1/products/" + this.product;
		}

		private String stock() {
			return "/api/v1/inventory/stores/" + this.store + "/stock/" + this.product;
		}

		private String purchaseOrders() {
			return "/api/v1/inventory/stores/" + this.store + "/purchase-orders";
		}

		/** Every endpoint that takes a body, with a complete valid one. */
		List<Target> writes() {
			Object option = ((Map<?, ?>) ((List<?>) this.customization.get("options")).getFirst()).get("id");
			return List.of(
					new Target("POST category", HttpMethod.POST, "/api/v1/categories", Api.ADMIN,
							() -> Bodies.category("Coolers")
								.slug(Api.unique("coolers"))
								.description("Summer sharbats")
								.imageUrl("https://cdn.jainshikanji.in/c.jpg")
								.displayOrder(4)),
					new Target("PUT category", HttpMethod.PUT, "/api/v1/categories/" + this.category, Api.ADMIN,
							() -> Bodies.category("Coolers").description("Summer sharbats").displayOrder(4)),
					new Target("POST product", HttpMethod.POST, "/api/v1/products", Api.ADMIN,
							() -> fullProduct(this.category)),
					new Target("PUT product", HttpMethod.PUT, products(), Api.ADMIN, () -> fullProduct(this.category)),
					new Target("POST customization", HttpMethod.POST, products() + "/customizations", Api.ADMIN,
							() -> Bodies
								.customization("Ice", "RADIO", true, Bodies.option("No ice", "0", true).displayOrder(1),
										Bodies.option("Crushed", "5.00", false))
								.displayOrder(3)),
					new Target("PUT customization", HttpMethod.PUT,
							products() + "/customizations/" + this.customization.get("id"), Api.ADMIN,
							() -> Bodies.customization("Size", "SELECT", false,
									new Bodies.OptionBody().id(option)
										.name("Regular")
										.priceModifier(BigDecimal.ZERO)
										.isDefault(true))),
					new Target("POST price", HttpMethod.POST, products() + "/price", Api.ADMIN,
							() -> Bodies.price(List.of(option), 2)),
					new Target("POST supplier", HttpMethod.POST, "/api/v1/suppliers", Api.ADMIN, this::fullSupplier),
					new Target("PUT supplier", HttpMethod.PUT, "/api/v1/suppliers/" + this.supplier, Api.ADMIN,
							this::fullSupplier),
					new Target("PUT stock levels", HttpMethod.PUT, stock(), this.staff,
							() -> Bodies.levels(5, 200, 15).unit("glasses").costPerUnit("12.50")),
					new Target("POST adjustment", HttpMethod.POST, stock() + "/adjustments", this.staff,
							() -> Bodies.adjustment(1, "RESTOCK").note("Morning delivery")),
					new Target("POST count", HttpMethod.POST, stock() + "/counts", this.staff,
							() -> Bodies.count(40).note("Evening count")),
					new Target("POST purchase order", HttpMethod.POST, purchaseOrders(), this.staff,
							this::fullPurchaseOrder),
					new Target("POST reservation", HttpMethod.POST, "/api/v1/inventory/reservations", Api.service(),
							() -> Bodies.reserve(UUID.randomUUID(), this.store, this.product, 1)));
		}

		Bodies.SupplierBody fullSupplier() {
			return Bodies.supplier("Rajkot Khakhra")
				.email("orders@khakhra.example")
				.phone("+91 98250 11223")
				.address("Rajkot")
				.contactPerson("Hitesh Patel")
				.paymentTerms("Net 15")
				.taxId("24AAACR5055K1Z5")
				.active(true);
		}

		/** Every endpoint, with and without a body. */
		List<Target> all() {
			List<Target> all = new ArrayList<>(writes());
			String order = purchaseOrders() + "/" + this.purchaseOrder;
			String reservation = "/api/v1/inventory/reservations/" + this.reservation;
			for (String action : List.of("confirm", "receive", "cancel")) {
				all.add(new Target("POST " + action, HttpMethod.POST, order + "/" + action, this.staff, null));
			}
			for (String action : List.of("commit", "release")) {
				all.add(new Target("POST " + action, HttpMethod.POST, reservation + "/" + action, Api.service(), null));
			}
			all.add(new Target("GET reservation", HttpMethod.GET, reservation, Api.service(), null));
			all.add(new Target("GET purchase order", HttpMethod.GET, order, this.staff, null));
			all.add(new Target("GET stock", HttpMethod.GET, stock(), this.staff, null));
			all.add(new Target("GET product", HttpMethod.GET, products(), Api.ADMIN, null));
			all.add(new Target("GET product stock", HttpMethod.GET,
					"/api/v1/inventory/products/" + this.product + "/stock", Api.ADMIN, null));
			all.add(new Target("GET category", HttpMethod.GET, "/api/v1/categories/" + this.category, Api.ADMIN, null));
			all.add(new Target("GET supplier", HttpMethod.GET, "/api/v1/suppliers/" + this.supplier, Api.ADMIN, null));
			all.add(new Target("DELETE customization", HttpMethod.DELETE,
					products() + "/customizations/" + this.customization.get("id"), Api.ADMIN, null));
			all.add(new Target("DELETE supplier", HttpMethod.DELETE, "/api/v1/suppliers/" + this.supplier, Api.ADMIN,
					null));
			return all;
		}

		/** Query strings of every list, with {@code {}} where the extreme value goes. */
		List<String> queries() {
			List<String> queries = new ArrayList<>();
			for (String parameter : List.of("q", "category", "subcategory", "tag", "jain", "veg", "vegan", "glutenFree",
					"nutFree", "spiceLevel", "minPrice", "maxPrice", "available", "featured", "inStockAt", "sort",
					"page", "size")) {
				queries.add("/api/v1/products?" + parameter + "={}");
			}
			String stores = "/api/v1/inventory/stores/" + this.store;
			for (String parameter : List.of("lowOnly", "page", "size")) {
				queries.add(stores + "/stock?" + parameter + "={}");
			}
			for (String parameter : List.of("status", "page", "size")) {
				queries.add(stores + "/purchase-orders?" + parameter + "={}");
			}
			for (String parameter : List.of("page", "size")) {
				queries.add(stores + "/adjustments?" + parameter + "={}");
				queries.add(stock() + "/adjustments?" + parameter + "={}");
			}
			queries.add("/api/v1/suppliers?active={}");
			queries.add("/api/v1/products?tag=summer&tag={}");
			return queries;
		}

	}

}
