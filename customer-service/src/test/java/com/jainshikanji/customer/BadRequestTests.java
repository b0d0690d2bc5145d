package com.jainshikanji.customer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500 or
 * a stack trace: the platform's contract (on the address book, with a token, and an
 * unknown path), and the same on the open login and registration endpoints, which answer
 * without a token.
 */
@CustomerServiceTest
class BadRequestTests extends BadRequestContract {

	@LocalServerPort
	int port;

	Api api;

	private String token;

	BadRequestTests() {
		super("/api/v1/customers/me/addresses");
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Override
	protected String token() {
		if (this.token == null) {
			this.token = new Api(this.client).registerCustomer().accessToken();
		}
		return this.token;
	}

	@Test
	void malformedJsonToTheOpenLoginIsABadRequest() {
		Problem problem = problem(this.client.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"email\": \"a@b.c\", \"password\": ")
			.exchange(), 400);
		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
		assertThat(problem.detail()).contains("not well-formed JSON");
	}

	@Test
	void aMissingLoginBodyIsABadRequest() {
		Problem problem = problem(
				this.client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).exchange(), 400);
		assertThat(problem.typeSlug()).isEqualTo("malformed-request");
	}

	@Test
	void aLoginBodyThatIsNotAnObjectIsABadRequest() {
		Problem problem = problem(this.client.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body("[1, 2, 3]")
			.exchange(), 400);
		assertThat(problem.status()).isEqualTo(400);
	}

	@Test
	void anUnsupportedMediaTypeForTheLoginIs415() {
		Problem problem = problem(this.client.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.TEXT_PLAIN)
			.body("email=a@b.c")
			.exchange(), 415);
		assertThat(problem.typeSlug()).isEqualTo("unsupported-media-type");
		assertThat(problem.detail()).contains("application/json");
	}

	@Test
	void aDeclaredOversizedLoginIsRefusedWith413BeforeItIsRead() {
		byte[] body = ("{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		Problem problem = problem(this.client.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange(), 413);
		assertThat(problem.typeSlug()).isEqualTo("payload-too-large");
	}

	@Test
	void aChunkedOversizedLoginIsCutOffWith413() throws Exception {
		byte[] body = ("{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}")
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/auth/login"))
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
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
	void aWrongMethodOnTheLoginIs405WithExactlyTheAllowedOne() {
		var result = this.api.delete("/api/v1/auth/login", this.api.registerCustomer().accessToken());
		result.expectHeader().valueEquals(HttpHeaders.ALLOW, "POST");
		assertThat(problem(result, 405).typeSlug()).isEqualTo("method-not-allowed");
	}

	@Test
	void registrationErrorsNeverCarryStackTracesOrInternals() {
		String body = this.client.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"email\": {\"nested\": true}, \"password\": 12}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).doesNotContain("Exception", "at com.", "at org.", "tools.jackson", "SQL");
	}

	@Test
	void aRegistrationProblemNamesTheRequestItAnswers() {
		Problem problem = problem(
				this.api.post("/api/v1/auth/register", null, Map.of("email", "x", "password", "y", "firstName", "z")),
				400);
		assertThat(problem.instance()).isEqualTo("/api/v1/auth/register");
		assertThat(problem.type()).startsWith("https://api.jainshikanji.in/problems/");
	}

}
