package com.jainshikanji.store;

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

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace.
 */
@StoreServiceTest
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
		Problem problem = problem(this.api.post(STORES, admin(), "{\"slug\": \"manek-chowk\", \"name\": "), 400);

		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
		assertThat(problem.detail()).contains("not well-formed JSON");
	}

	@Test
	void aMissingBodyIsABadRequest() {
		Problem problem = problem(this.client.post()
			.uri(STORES)
			.headers((headers) -> headers.setBearerAuth(admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.exchange(), 400);

		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
	}

	@Test
	void aBodyThatIsNotAnObjectIsABadRequest() {
		assertThat(problem(this.api.post(STORES, admin(), "[1, 2, 3]"), 400).status()).isEqualTo(400);
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() {
		Map<String, Object> store = Api.storeBody(Api.uniqueSlug());
		store.put("deliveryFee", "free");
		store.put("estimatedPreparationMinutes", "soon");

		Problem problem = problem(this.api.post(STORES, admin(), store), 400);

		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).hasSize(1).containsAnyOf("deliveryFee", "estimatedPreparationMinutes");
		Map<String, Object> zone = Api.zoneBody("Old City", List.of("380001"), null, 30);
		zone.put("postalCodes", "380001");
		UUID storeId = this.api.createStore();
		assertThat(problem(this.api.post(STORES + "/" + storeId + "/delivery-zones", admin(), zone), 400).fields())
			.containsExactly("postalCodes");
	}

	@Test
	void pageAndSizeOutOfRangeAreNamed() {
		assertThat(problem(this.api.get(STORES + "?page=-1", null), 400).fields()).containsExactly("page");
		assertThat(problem(this.api.get(STORES + "?size=0", null), 400).fields()).containsExactly("size");
		assertThat(problem(this.api.get(STORES + "?size=101", null), 400).fields()).containsExactly("size");
		assertThat(problem(this.api.get(STORES + "?page=first", null), 400).fields()).containsExactly("page");
		assertThat(problem(this.api.get(STORES + "?active=perhaps", null), 400).fields()).containsExactly("active");
	}

	@Test
	void anIdThatIsNoUuidIsNamed() {
		Problem problem = problem(this.api.get(STORES + "/manek-chowk", null), 400);

		assertThat(problem.fields()).containsExactly("storeId");
		assertThat(problem.detail()).contains("UUID");
	}

	@Test
	void anUnsupportedMediaTypeIs415() {
		Problem problem = problem(this.client.post()
			.uri(STORES)
			.headers((headers) -> headers.setBearerAuth(admin()))
			.contentType(MediaType.TEXT_PLAIN)
			.body("slug=manek-chowk")
			.exchange(), 415);

		assertThat(problem.typeSlug()).isEqualTo("unsupported-media-type");
	}

	@Test
	void anUnknownPathIsANotFoundProblem() {
		assertThat(problem(this.api.get("/api/v1/nothing-here", admin()), 404).typeSlug()).isEqualTo("not-found");
	}

	@Test
	void aWrongMethodIs405WithTheAllowedOnes() {
		var response = this.api.delete(STORES + "/" + UUID.randomUUID(), admin());

		response.expectHeader()
			.value(HttpHeaders.ALLOW, (allow) -> assertThat(allow.split(",")).containsExactlyInAnyOrder("GET", "PUT"));
		assertThat(problem(response, 405).typeSlug()).isEqualTo("method-not-allowed");
	}

	@Test
	void anInvalidTokenIsRefusedEvenWhereNoneIsNeeded() {
		Problem problem = problem(this.api.get(STORES, "not.a.token"), 401);

		assertThat(problem.typeSlug()).isEqualTo("invalid-token");
	}

	@Test
	void errorsNeverCarryStackTracesOrInternals() {
		String body = this.api.post(STORES, admin(), "{\"slug\": {\"nested\": true}, \"contact\": 12}")
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(body).doesNotContain("Exception", "at com.", "at org.", "tools.jackson", "SQL");
	}

	@Test
	void theApiIsDescribedAsOpenApi() {
		Map<String, Object> document = Api.map(this.api.get("/v3/api-docs", null).expectStatus().isOk());

		assertThat(Api.object(document.get("paths"))).containsKeys("/api/v1/stores", "/api/v1/stores/{storeId}",
				"/api/v1/stores/{storeId}/operating-hours", "/api/v1/stores/{storeId}/staff",
				"/api/v1/stores/{storeId}/staff/{staffId}", "/api/v1/stores/{storeId}/delivery-zones",
				"/api/v1/stores/{storeId}/delivery-zones/{zoneId}", "/api/v1/stores/{storeId}/delivery-quote");
	}

}
