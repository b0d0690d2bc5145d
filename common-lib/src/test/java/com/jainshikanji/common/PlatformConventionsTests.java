package com.jainshikanji.common;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service gets from common-lib without writing it: problems declared on
 * exceptions, the OpenAPI document with its token requirements, the owned topics and the
 * clock.
 */
@CommonLibTest
@SuppressWarnings("unchecked")
class PlatformConventionsTests {

	@Autowired
	RestTestClient client;

	@Autowired
	Clock clock;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Test
	void anExceptionDeclaresItsOwnProblemWithExtraMembersAndHeaders() {
		Map<String, Object> problem = this.client.get()
			.uri("/samples/sold-out")
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.RETRY_AFTER, "30")
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem).containsEntry("type", "https://api.jainshikanji.in/problems/sample-sold-out")
			.containsEntry("title", "Sample sold out")
			.containsEntry("detail", "Sold out: mango, kokum")
			.containsEntry("instance", "/samples/sold-out")
			.containsEntry("soldOut", List.of("mango", "kokum"));
	}

	@Test
	void aPackagePrivateExceptionNeedsNoHandlerOfItsOwn() {
		Map<String, Object> problem = problem("/samples/missing?name=kokum", 404);
		assertThat(problem).containsEntry("type", "https://api.jainshikanji.in/problems/sample-not-found")
			.containsEntry("detail", "No sample named kokum");
	}

	@Test
	void aNegativeAmountOfMoneyIsAClientMistake() {
		assertThat(problem("/samples/negative", 422)).containsEntry("type",
				"https://api.jainshikanji.in/problems/negative-amount");
	}

	@Test
	void theApiDocumentAsksForATokenExactlyWhereSecurityDoes() {
		Map<String, Object> api = apiDocs();
		assertThat(((Map<String, Object>) api.get("info")).get("title")).isEqualTo("Sample service");
		assertThat((String) ((Map<String, Object>) api.get("info")).get("description"))
			.startsWith("Samples for common-lib's");
		assertThat((Map<String, Object>) api.get("paths")).doesNotContainKey("/error");
		assertThat(security(api, "/samples/menu", "get")).isNull();
		assertThat(security(api, "/samples/sold-out", "get")).isEqualTo(List.of(Map.of("bearer", List.of())));
		assertThat(security(api, "/samples", "post")).isEqualTo(List.of(Map.of("bearer", List.of())));
		// And security agrees: the open one answers without a token, the other does not.
		this.client.get().uri("/samples/menu").exchange().expectStatus().isOk();
		this.client.get().uri("/samples/sold-out").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void nestedTypesOfOneSimpleNameGetASchemaEach() {
		Map<String, Object> api = apiDocs();
		Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) api.get("components"))
			.get("schemas");
		assertThat(schemas).doesNotContainKey("Line");
		assertThat(properties(schemas, "SampleController.SampleOrder.Line")).containsOnlyKeys("productId", "quantity");
		assertThat(properties(schemas, "SampleController.SampleReceipt.Line")).containsOnlyKeys("productName",
				"subtotal");
		assertThat(properties(schemas, "SampleController.SampleOrder")).containsOnlyKeys("lines");
	}

	private Map<String, Object> apiDocs() {
		return this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Map<String, Object> properties(Map<String, Object> schemas, String name) {
		assertThat(schemas).containsKey(name);
		return (Map<String, Object>) ((Map<String, Object>) schemas.get(name)).get("properties");
	}

	@Test
	void operatorEndpointsAreForAdminsOnlyWhateverTheServiceDeclares() {
		problem("/api/v1/admin/audit", 403);
		this.client.get().uri("/api/v1/admin/audit").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void theServiceDeclaresTheTopicsItOwns() throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers);
		try (AdminClient admin = AdminClient.create(config)) {
			Map<String, TopicDescription> topics = admin.describeTopics(Set.of("common-test.owned"))
				.allTopicNames()
				.get();
			assertThat(topics.get("common-test.owned").partitions()).hasSize(2);
		}
	}

	@Test
	void theClockTicksAtTheDatabasesPrecision() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.clock.instant().getNano() % 1000).isZero();
		}
	}

	private Map<String, Object> problem(String uri, int status) {
		return this.client.get()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(TestTokens.customer()))
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private static Object security(Map<String, Object> api, String path, String method) {
		Map<String, Object> operation = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) api
			.get("paths")).get(path)).get(method);
		return operation.get("security");
	}

}
