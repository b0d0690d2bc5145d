package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace; and the API describes itself.
 */
@InventoryServiceTest
class BadRequestTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void malformedJsonIsABadRequest() {
		Problem problem = Problems.problem(this.client.post()
			.uri("/api/v1/inventory/reservations")
			.headers((headers) -> headers.setBearerAuth(Api.service()))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"orderId\": ")
			.exchange(), 400);
		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() {
		Problem problem = Problems.problem(
				this.api.post("/api/v1/inventory/reservations", Api.service(), Map.of("orderId", UUID.randomUUID(),
						"storeId", "store-1", "items", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 1)))),
				400);
		assertThat(problem.fields()).containsExactly("storeId");
	}

	@Test
	void anUnknownPathIsANotFoundProblem() {
		assertThat(Problems.problem(this.api.get("/api/v1/inventory/nothing-here", Api.ADMIN), 404).typeSlug())
			.isEqualTo("not-found");
	}

	@Test
	void aWrongMethodIs405WithTheAllowedOnes() {
		var response = this.api.delete("/api/v1/inventory/reservations", Api.ADMIN);
		response.expectHeader().valueEquals(HttpHeaders.ALLOW, "POST");
		assertThat(Problems.problem(response, 405).typeSlug()).isEqualTo("method-not-allowed");
	}

	@Test
	void errorsNeverCarryStackTracesOrInternals() {
		String body = this.api
			.post(Api.PRODUCTS, Api.ADMIN, Map.of("name", Map.of("nested", true), "price", "lots", "categoryId", 12))
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("Exception", "at com.", "at org.", "tools.jackson", "SQL");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDescribesItselfAsOpenApi() {
		Map<String, Object> docs = Api.ok(this.api.get("/v3/api-docs", null));
		assertThat(((Map<?, ?>) docs.get("info")).get("title")).isEqualTo("Inventory service");
		assertThat(((Map<String, ?>) docs.get("paths")).keySet()).contains("/api/v1/products",
				"/api/v1/products/{productId}/price", "/api/v1/inventory/reservations",
				"/api/v1/inventory/stores/{storeId}/purchase-orders", "/api/v1/suppliers");
	}

}
