package com.jainshikanji.inventory;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace (the platform's contract, on the reservation endpoint the order service
 * calls); and the API describes itself.
 */
@InventoryServiceTest
class BadRequestTests extends BadRequestContract {

	@LocalServerPort
	int port;

	BadRequestTests() {
		super("/api/v1/inventory/reservations");
	}

	@Override
	protected String token() {
		return Api.service();
	}

	private Api api() {
		return new Api(this.client);
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() {
		Problem problem = Problems.problem(api().post("/api/v1/inventory/reservations", Api.service(),
				Bodies.reserve(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1).with("storeId", "store-1")),
				400);
		assertThat(problem.fields()).containsExactly("storeId");
	}

	@Test
	void aNumberTooBigForItsFieldIsNamed() {
		Problem problem = Problems
			.problem(api().post("/api/v1/inventory/reservations", Api.service(),
					Bodies.reserve(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1)
						.with("items", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 2_147_483_648L)))),
					400);
		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).containsExactly("items[0].quantity");
	}

	@Test
	void textWithANulCharacterIsRefusedNamingTheFieldOrParameter() {
		Problem body = Problems.problem(api().post("/api/v1/suppliers", Api.ADMIN, Bodies.supplier("Nimbu\u0000Farms")),
				400);
		assertThat(body.fields()).containsExactly("name");
		assertThat(body.detail()).contains("NUL");
		Problem parameter = Problems.problem(this.client.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + Api.PRODUCTS + "?tag=summer&tag=%00"))
			.exchange(), 400);
		assertThat(parameter.fields()).containsExactly("tag");
	}

	@Test
	void anUnknownInventoryPathIsANotFoundProblem() {
		assertThat(Problems.problem(api().get("/api/v1/inventory/nothing-here", Api.ADMIN), 404).typeSlug())
			.isEqualTo("not-found");
	}

	@Test
	void aWrongMethodOnReservationsIs405AllowingOnlyPost() {
		var response = api().delete("/api/v1/inventory/reservations", Api.ADMIN);
		response.expectHeader().valueEquals(HttpHeaders.ALLOW, "POST");
		assertThat(Problems.problem(response, 405).typeSlug()).isEqualTo("method-not-allowed");
	}

	@Test
	void productErrorsNeverCarryStackTracesOrInternals() {
		String body = api()
			.post(Api.PRODUCTS, Api.ADMIN,
					Bodies.product(UUID.randomUUID(), "Shikanji", "40.00")
						.with("name", Map.of("nested", true))
						.with("price", "lots")
						.with("categoryId", 12))
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
		Map<String, Object> docs = Api.ok(api().get("/v3/api-docs", null));
		assertThat(((Map<?, ?>) docs.get("info")).get("title")).isEqualTo("Inventory service");
		assertThat(((Map<String, ?>) docs.get("paths")).keySet()).contains("/api/v1/products",
				"/api/v1/products/{productId}/price", "/api/v1/inventory/reservations",
				"/api/v1/inventory/stores/{storeId}/purchase-orders", "/api/v1/suppliers");
	}

}
