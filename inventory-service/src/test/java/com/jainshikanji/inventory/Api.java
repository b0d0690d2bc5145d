package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

/**
 * Drives the service over HTTP the way its clients do, and builds the catalog, stock and
 * suppliers a test needs (as an admin). Every helper that creates something makes it
 * unique, so tests sharing the database never see each other's data through their
 * filters.
 */
final class Api {

	static final String ADMIN = TestTokens.admin();

	static final String PRODUCTS = "/api/v1/products";

	private final RestTestClient client;

	Api(RestTestClient client) {
		this.client = client;
	}

	/** A token of another platform service, e.g. the order service placing orders. */
	static String service() {
		return TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of());
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	RestTestClient.ResponseSpec get(String path, String token) {
		return exchange(HttpMethod.GET, path, token, null);
	}

	RestTestClient.ResponseSpec post(String path, String token, Object body) {
		return exchange(HttpMethod.POST, path, token, body);
	}

	RestTestClient.ResponseSpec put(String path, String token, Object body) {
		return exchange(HttpMethod.PUT, path, token, body);
	}

	RestTestClient.ResponseSpec delete(String path, String token) {
		return exchange(HttpMethod.DELETE, path, token, null);
	}

	RestTestClient.ResponseSpec exchange(HttpMethod method, String path, String token, Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(method).uri(path).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		});
		return ((body != null) ? request.contentType(MediaType.APPLICATION_JSON).body(body) : request).exchange();
	}

	RestTestClient raw() {
		return this.client;
	}

	/** The JSON object of a response with the given status. */
	static Map<String, Object> json(RestTestClient.ResponseSpec response, int status) {
		@SuppressWarnings("unchecked")
		Map<String, Object> body = response.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return body;
	}

	static Map<String, Object> ok(RestTestClient.ResponseSpec response) {
		return json(response, 200);
	}

	Map<String, Object> createCategory() {
		String slug = unique("cat");
		return json(post("/api/v1/categories", ADMIN, Bodies.category("Category " + slug).slug(slug)), 201);
	}

	Map<String, Object> createProduct(Bodies.ProductBody body) {
		return json(post(PRODUCTS, ADMIN, body), 201);
	}

	/** A product in a category of its own. */
	Map<String, Object> createProduct() {
		return createProduct(Bodies.product(createCategory().get("id"), unique("Shikanji"), "40.00"));
	}

	Map<String, Object> addCustomization(Object productId, String name, String type, boolean required,
			Bodies.OptionBody... options) {
		return json(post(PRODUCTS + "/" + productId + "/customizations", ADMIN,
				Bodies.customization(name, type, required, options)), 201);
	}

	static String stockPath(UUID storeId, Object productId) {
		return "/api/v1/inventory/stores/" + storeId + "/stock/" + productId;
	}

	/** Sets levels (creating the stock row) and brings current stock to {@code units}. */
	Map<String, Object> stock(UUID storeId, Object productId, int units, int minStock) {
		ok(put(stockPath(storeId, productId), ADMIN, Bodies.levels(minStock, Math.max(1000, units), minStock)));
		if (units > 0) {
			json(post(stockPath(storeId, productId) + "/adjustments", ADMIN, Bodies.adjustment(units, "RESTOCK")), 201);
		}
		return ok(get(stockPath(storeId, productId), ADMIN));
	}

	Map<String, Object> adjust(UUID storeId, Object productId, int change, String reason) {
		return json(post(stockPath(storeId, productId) + "/adjustments", ADMIN, Bodies.adjustment(change, reason)),
				201);
	}

	int available(UUID storeId, Object productId) {
		return (Integer) ok(get(stockPath(storeId, productId), ADMIN)).get("available");
	}

	Map<String, Object> createSupplier() {
		return json(post("/api/v1/suppliers", ADMIN,
				Bodies.supplier(unique("Saurashtra Nimbu Farms"))
					.email("orders@nimbu.example")
					.phone("+91 98250 11223")
					.paymentTerms("Net 15")),
				201);
	}

}
