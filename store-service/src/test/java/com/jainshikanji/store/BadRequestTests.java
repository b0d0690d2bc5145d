package com.jainshikanji.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.store.Api.STORES;
import static com.jainshikanji.store.Api.admin;
import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace: the platform's contract on the store endpoint, and the cases of this
 * service's own endpoints.
 */
@StoreServiceTest
class BadRequestTests extends BadRequestContract {

	Api api;

	BadRequestTests() {
		super(STORES);
	}

	@Override
	protected String token() {
		return admin();
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void aValueOfTheWrongTypeIsNamed() {
		String store = """
				{"slug": "%s", "name": "Jain Shikanji Test",
				 "contact": {"email": "store@example.com", "phone": "+91 79 2214 0001"},
				 "address": {"line1": "Manek Chowk", "city": "Ahmedabad", "state": "Gujarat", "postalCode": "380001"},
				 "deliveryFee": "free", "estimatedPreparationMinutes": "soon"}
				""".formatted(Requests.uniqueSlug());

		Problem problem = problem(this.api.post(STORES, admin(), store), 400);

		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).hasSize(1).containsAnyOf("deliveryFee", "estimatedPreparationMinutes");
		String zone = """
				{"name": "Old City", "postalCodes": "380001", "estimatedMinutes": 30}
				""";
		UUID storeId = this.api.createStore();
		assertThat(problem(this.api.post(STORES + "/" + storeId + "/delivery-zones", admin(), zone), 400).fields())
			.containsExactly("postalCodes");
	}

	@Test
	void aNumberTooLargeForItsFieldIsNamed() {
		String store = """
				{"slug": "%s", "name": "Jain Shikanji Test",
				 "contact": {"email": "store@example.com", "phone": "+91 79 2214 0001"},
				 "address": {"line1": "Manek Chowk", "city": "Ahmedabad", "state": "Gujarat", "postalCode": "380001"},
				 "estimatedPreparationMinutes": 2147483648}
				""".formatted(Requests.uniqueSlug());

		Problem problem = problem(this.api.post(STORES, admin(), store), 400);

		assertThat(problem.typeSlug()).isEqualTo("validation-failed");
		assertThat(problem.fields()).containsExactly("estimatedPreparationMinutes");
	}

	@Test
	void pageAndSizeOutOfRangeAreNamed() {
		assertThat(problem(this.api.get(STORES + "?page=-1", null), 400).fields()).containsExactly("page");
		assertThat(problem(this.api.get(STORES + "?page=10001", null), 400).fields()).containsExactly("page");
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
	void aWrongMethodOnAStoreIs405WithTheAllowedOnes() {
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
	void errorsAboutStoresNeverCarryStackTracesOrInternals() {
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
				"/api/v1/stores/{storeId}/delivery-zones/{zoneId}", "/api/v1/stores/{storeId}/delivery-quote",
				"/api/v1/admin/audit", "/api/v1/admin/staff/announcements");
	}

	@Test
	void theApiDocumentGroupsOperationsByResourceAndAsksForATokenExactlyWhereOneIsNeeded() {
		Map<String, Object> paths = Api
			.object(Api.map(this.api.get("/v3/api-docs", null).expectStatus().isOk()).get("paths"));

		assertThat(operation(paths, "/api/v1/stores", "get")).doesNotContainKey("security")
			.containsEntry("tags", List.of("Stores"));
		assertThat(operation(paths, "/api/v1/stores", "post")).containsKey("security");
		assertThat(operation(paths, "/api/v1/stores/{storeId}/operating-hours", "get")).doesNotContainKey("security")
			.containsEntry("tags", List.of("Operating hours"));
		assertThat(operation(paths, "/api/v1/stores/{storeId}/operating-hours", "put")).containsKey("security");
		assertThat(operation(paths, "/api/v1/stores/{storeId}/staff", "get")).containsKey("security")
			.containsEntry("tags", List.of("Staff"));
		assertThat(operation(paths, "/api/v1/stores/{storeId}/delivery-zones/{zoneId}", "get"))
			.doesNotContainKey("security")
			.containsEntry("tags", List.of("Delivery zones"));
		assertThat(operation(paths, "/api/v1/stores/{storeId}/delivery-zones/{zoneId}", "delete"))
			.containsKey("security");
		assertThat(operation(paths, "/api/v1/stores/{storeId}/delivery-quote", "get")).doesNotContainKey("security")
			.containsEntry("tags", List.of("Delivery quotes"));
		paths.forEach((path, item) -> {
			if (path.startsWith(STORES)) {
				Api.object(item)
					.forEach((method, operation) -> assertThat(Api.object(operation).get("summary"))
						.as("summary of %s %s", method, path)
						.asString()
						.isNotBlank());
			}
		});
	}

	private static Map<String, Object> operation(Map<String, Object> paths, String path, String method) {
		return Api.object(Api.object(paths.get(path)).get(method));
	}

}
