package com.jainshikanji.testsupport.contract;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service answers to bad input, whatever its endpoints: a 4xx problem+json
 * that says what was wrong, never a 500 or a stack trace. A service's
 * {@code BadRequestTests} extends it inside the service's test context, names one of its
 * JSON endpoints and a token, and adds its own cases:
 *
 * <pre class="code">
 * &#64;OrderServiceTest
 * class BadRequestTests extends BadRequestContract {
 *     BadRequestTests() {
 *         super("/api/v1/orders");
 *     }
 *     &#64;Override
 *     protected String token() {
 *         return TestTokens.customer();
 *     }
 * }
 * </pre>
 */
public abstract class BadRequestContract {

	private static final String NEEDS_BASE = "https://api.jainshikanji.in/problems/";

	/** The service's own client, on its random port. */
	@Autowired
	protected RestTestClient client;

	@Value("${local.server.port}")
	private int port;

	private final String jsonEndpoint;

	/**
	 * @param jsonEndpoint a path that takes a JSON object by POST for the
	 * {@link #token()} (and does not allow DELETE)
	 */
	protected BadRequestContract(String jsonEndpoint) {
		this.jsonEndpoint = jsonEndpoint;
	}

	/** A valid access token this service accepts, able to call the JSON endpoint. */
	protected abstract String token();

	@Test
	void malformedJsonIsABadRequest() {
		Problem problem = problem(postJson("{\"name\": \"a\", \"quantity\": "), 400);
		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
		assertThat(problem.detail()).contains("not well-formed JSON");
	}

	@Test
	void aMissingBodyIsABadRequest() {
		Problem problem = problem(this.client.post()
			.uri(this.jsonEndpoint)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.exchange(), 400);
		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
	}

	@Test
	void aBodyThatIsNotAnObjectIsABadRequest() {
		assertThat(problem(postJson("[1, 2, 3]"), 400).status()).isEqualTo(400);
	}

	@Test
	void anUnsupportedMediaTypeIs415() {
		Problem problem = problem(this.client.post()
			.uri(this.jsonEndpoint)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.TEXT_PLAIN)
			.body("name=a")
			.exchange(), 415);
		assertThat(problem.typeSlug()).isEqualTo("unsupported-media-type");
		assertThat(problem.detail()).contains("application/json");
	}

	@Test
	void aDeclaredOversizedBodyIsRefusedWith413BeforeItIsRead() {
		Problem problem = problem(postJson("{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"), 413);
		assertThat(problem.typeSlug()).isEqualTo("payload-too-large");
	}

	@Test
	void aChunkedOversizedBodyIsCutOffWith413() throws Exception {
		byte[] body = ("{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + this.jsonEndpoint))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
			// No length known up front: sent chunked.
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();
		try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(413);
			assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/problem+json");
			assertThat(response.body()).contains("payload-too-large");
		}
	}

	@Test
	void anUnknownPathIsANotFoundProblem() {
		Problem problem = problem(this.client.get()
			.uri("/api/v1/nothing-here")
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange(), 404);
		assertThat(problem.typeSlug()).isEqualTo("not-found");
	}

	@Test
	void aWrongMethodIs405WithTheAllowedOnes() {
		RestTestClient.ResponseSpec response = this.client.delete()
			.uri(this.jsonEndpoint)
			.headers((headers) -> headers.setBearerAuth(token()))
			.exchange();
		response.expectHeader().value(HttpHeaders.ALLOW, (allow) -> assertThat(allow).contains("POST"));
		assertThat(problem(response, 405).typeSlug()).isEqualTo("method-not-allowed");
	}

	@Test
	void errorsNeverCarryStackTracesOrInternals() {
		for (RestTestClient.ResponseSpec response : List.of(postJson("{\"name\": {\"nested\": [}"),
				postJson("{\"quantity\": \"many\", \"storeId\": 12, \"items\": \"none\"}"))) {
			String body = response.expectBody(String.class).returnResult().getResponseBody();
			assertThat(body).doesNotContain("Exception", "at com.", "at org.", "tools.jackson", "SQL", "java.");
		}
	}

	@Test
	void aProblemNamesTheRequestItAnswersAndHasAStableType() {
		Problem problem = problem(postJson("{"), 400);
		assertThat(problem.instance()).isEqualTo(this.jsonEndpoint);
		assertThat(problem.type()).startsWith(NEEDS_BASE);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDescribesItselfAndAsksForATokenOnOperatorEndpoints() {
		Map<String, Object> api = this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(api).containsKey("openapi");
		assertThat((String) ((Map<String, Object>) api.get("info")).get("title")).isNotBlank();
		Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) api
			.get("paths");
		assertThat(paths).isNotEmpty();
		paths.entrySet()
			.stream()
			.filter((path) -> path.getKey().startsWith("/api/v1/admin/"))
			.flatMap((path) -> path.getValue().values().stream())
			.forEach((operation) -> assertThat(operation.get("security")).as("security of %s", operation).isNotNull());
	}

	private RestTestClient.ResponseSpec postJson(String json) {
		return this.client.post()
			.uri(this.jsonEndpoint)
			.headers((headers) -> headers.setBearerAuth(token()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

}
