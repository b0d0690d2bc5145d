package com.jainshikanji.common;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared advice turns every kind of failure into a typed problem, 4xx for the
 * client's mistakes.
 */
@CommonLibTest
class ProblemDetailsTests {

	@Autowired
	RestTestClient client;

	final String customer = TestTokens.customer();

	@org.springframework.beans.factory.annotation.Value("${local.server.port}")
	int port;

	@Test
	void aMissingParameterIsNamed() {
		assertThat(errors(get("/samples"), 400)).containsExactly(Map.of("field", "size", "message", "is required"));
	}

	@Test
	void aParameterOfTheWrongTypeIsNamedWithTheExpectedType() {
		assertThat(errors(get("/samples?size=ten"), 400))
			.containsExactly(Map.of("field", "size", "message", "must be a valid integer"));
		assertThat(errors(get("/samples?size=1&sort=RANDOM"), 400)).singleElement()
			.satisfies((error) -> assertThat(error.get("field")).isEqualTo("sort"));
	}

	@Test
	void aQueryParameterOfTheWrongTypeSaysWhatItTakes() {
		Map<String, Map<String, String>> refused = Map.of( //
				"from=2026-12-05",
				Map.of("field", "from", "message", "must be an ISO-8601 instant such as 2026-12-05T09:30:00Z"),
				"day=05-12-2026", Map.of("field", "day", "message", "must be a date such as 2026-12-05"), "at=9.30",
				Map.of("field", "at", "message", "must be a time such as 09:30"),
				// A list's values are named, not the list.
				"sort=NEWEST&sort=RANDOM", Map.of("field", "sort", "message", "must be one of [NEWEST, PRICE]"));
		refused.forEach((query, error) -> assertThat(errors(get("/samples/window?" + query), 400)).as(query)
			.containsExactly(error));
		get("/samples/window?from=2026-12-05T09:30:00Z&day=2026-12-05&at=09:30&sort=NEWEST").expectStatus().isOk();
	}

	@Test
	void aQueryRecordsComponentIsNamedWhenTheMethodsArgumentsAreValidatedTogether() {
		assertThat(errors(get("/samples/ranged?days=0"), 400))
			.containsExactly(Map.of("field", "days", "message", "must be greater than or equal to 1"));
		assertThat(errors(get("/samples/ranged?days=7&page=0"), 400))
			.containsExactly(Map.of("field", "page", "message", "must be greater than or equal to 1"));
	}

	@Test
	void aRepeatedParameterOfTheWrongTypeSaysWhatEachValueMustBe() {
		assertThat(errors(get("/samples/by-ids?id=" + UUID.randomUUID() + "&id=xyz"), 400))
			.containsExactly(Map.of("field", "id", "message", "must be a valid UUID"));
	}

	@Test
	void aHeaderValueTheFirewallRefusesIsNamedWithoutRepeatingIt() throws IOException {
		// Sent as UTF-8, read by the container as ISO-8859-1: the firewall's own message
		// quoted it garbled ("ÐºÐ»ÑÑ").
		for (String header : List.of("X-Sample-Mode", "Idempotency-Key")) {
			String response = rawGet("/samples/keyed", header + ": ключ-ключ-ключ");
			assertThat(response).as(header)
				.startsWith("HTTP/1.1 400")
				.contains("application/problem+json")
				.contains("\"field\":\"" + header + "\"")
				.doesNotContain("Ð");
		}
		// The rule the firewall applies, not one endpoint's: order placement takes keys
		// the staff writes' rule would refuse.
		for (String header : List.of("X-Sample-Mode", "Idempotency-Key")) {
			assertThat(rawGet("/samples/keyed", header + ": ключ")).as(header)
				.contains("\"message\":\"must be printable ASCII text\"");
		}
	}

	private String rawGet(String path, String header) throws IOException {
		return raw("GET " + path, header + "\r\n", "");
	}

	/** A request written byte for byte, with no header a client library would add. */
	private String raw(String requestLine, String headers, String body) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			socket.getOutputStream()
				.write((requestLine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + this.customer + "\r\n"
						+ headers + ((content.length > 0) ? "Content-Length: " + content.length + "\r\n" : "")
						+ "Connection: close\r\n\r\n" + body)
					.getBytes(StandardCharsets.UTF_8));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void aPathVariableOfTheWrongTypeOrBlankIsNamed() {
		assertThat(errors(get("/samples/by-id/nope"), 400))
			.containsExactly(Map.of("field", "id", "message", "must be a valid UUID"));
		// A blank value converts to no UUID at all, which Spring reports as a missing
		// variable: a 500 unless told otherwise.
		assertThat(errors(this.client.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/samples/by-id/%20"))
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.exchange(), 400)).containsExactly(Map.of("field", "id", "message", "must not be blank"));
	}

	@Test
	void aParameterIsNamedAsTheClientSendsItNotAsTheCodeCallsIt() {
		assertThat(errors(this.client.get().uri("/samples/wire-names?page-size=0").headers((headers) -> {
			headers.setBearerAuth(this.customer);
			headers.set("X-Sample-Mode", "turbo");
		}).exchange(), 400)).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("page-size", "X-Sample-Mode");
	}

	@Test
	void aParameterOutOfRangeIsNamed() {
		assertThat(errors(get("/samples?size=100000"), 400)).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo("size");
			assertThat(error.get("message")).contains("100");
		});
	}

	@Test
	void everyInvalidBodyFieldIsListed() {
		assertThat(errors(post("/samples", "{\"name\": \"\", \"quantity\": -1}"), 400))
			.extracting((error) -> error.get("field"))
			.containsExactly("name", "quantity");
	}

	@Test
	void anInvalidFieldIsNamedAsTheJsonNamesIt() {
		assertThat(errors(post("/samples/renamed",
				"{\"sample_code\": \" \", \"line_items\": [{\"part_no\": \"a\", \"quantity\": 1}, {\"part_no\": \"\", \"quantity\": 0}]}"),
				400))
			.extracting((error) -> error.get("field"))
			.containsExactly("line_items[1].part_no", "line_items[1].quantity", "sample_code");
	}

	@Test
	void aNumberTooLargeForItsFieldIsNamed() {
		for (String quantity : List.of("2147483648", "-2147483649")) {
			assertThat(errors(post("/samples", "{\"name\": \"a\", \"quantity\": " + quantity + "}"), 400)).as(quantity)
				.containsExactly(Map.of("field", "quantity", "message", "is out of range for integer"));
		}
	}

	@Test
	void aFractionOrExponentForAWholeNumberIsRefusedNotCut() {
		for (String quantity : List.of("1.5", "0.99", "1e30")) {
			assertThat(errors(post("/samples", "{\"name\": \"a\", \"quantity\": " + quantity + "}"), 400)).as(quantity)
				.containsExactly(Map.of("field", "quantity", "message", "must be a valid integer"));
		}
	}

	@Test
	void aNamedValueIsReadInAnyCaseAndAnUnknownOneIsRefusedNamingTheField() {
		for (String sort : List.of("PRICE", "price", "Price")) {
			assertThat(post("/samples", "{\"name\": \"a\", \"quantity\": 1, \"sort\": \"" + sort + "\"}").expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody()).as(sort).containsEntry("sort", "PRICE");
		}
		assertThat(errors(post("/samples", "{\"name\": \"a\", \"quantity\": 1, \"sort\": \"cheapest\"}"), 400))
			.extracting((error) -> error.get("field"))
			.containsExactly("sort");
	}

	@Test
	void aNamedValueInAQueryParameterIsReadInAnyCase() {
		for (String sort : List.of("PRICE", "price", "Price")) {
			assertThat(get("/samples?size=1&sort=" + sort).expectStatus()
				.isOk()
				.expectBody(List.class)
				.returnResult()
				.getResponseBody()).as(sort).containsExactly("size=1", "sort=PRICE");
		}
	}

	@Test
	void textWithANulCharacterIsRefusedNamingTheFieldOrParameter() {
		assertThat(errors(post("/samples", "{\"name\": \"nimbu\\u0000pani\", \"quantity\": 1}"), 400))
			.containsExactly(Map.of("field", "name", "message", "must not contain NUL characters"));
		// Sent as written: a NUL character in a query parameter.
		assertThat(errors(this.client.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/samples?size=1&sort=%00"))
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.exchange(), 400)).containsExactly(Map.of("field", "sort", "message", "must not contain NUL characters"));
	}

	@Test
	void textWithAnUnpairedSurrogateIsRefusedNamingTheField() {
		// Legal JSON escapes but no character: PostgreSQL stored each as "?".
		for (String text : List.of("\\udc00abc", "abc\\ud800", "\\ud800\\ud800", "\\udd64\\ud83e")) {
			assertThat(errors(post("/samples/typed", "{\"note\": \"" + text + "\"}"), 400)).as(text)
				.containsExactly(Map.of("field", "note", "message", "must not contain unpaired UTF-16 surrogates"));
		}
		assertThat(errors(post("/samples/typed", "{\"tags\": [\"chaas\", \"\\ud800\"]}"), 400))
			.containsExactly(Map.of("field", "tags[1]", "message", "must not contain unpaired UTF-16 surrogates"));
		// A pair is one character, an emoji here.
		assertThat(typed("{\"note\": \"\\ud83e\\udd64 chaas\"}")).containsEntry("note", "\uD83E\uDD64 chaas");
	}

	@Test
	void aNamedValueSentAsANumberIsRefusedNamingTheField() {
		// It was read as the constant at that position, which moves when one is added.
		for (String platform : List.of("0", "1", "\"1\"")) {
			assertThat(errors(post("/samples/typed", "{\"platform\": " + platform + "}"), 400)).as(platform)
				.containsExactly(Map.of("field", "platform", "message", "must be a valid one of [ANDROID, IOS, WEB]"));
		}
		assertThat(typed("{\"platform\": \"ios\"}")).containsEntry("platform", "IOS");
	}

	@Test
	void aKeySentTwiceIsRefusedNamingIt() {
		// Jackson kept the last: this ordered 40.
		assertThat(errors(post("/samples/typed", "{\"items\": [{\"quantity\": 1, \"quantity\": 40}]}"), 400))
			.containsExactly(Map.of("field", "items[0].quantity", "message", "must appear only once"));
		assertThat(errors(post("/samples/typed", "{\"note\": \"a\", \"platform\": \"WEB\", \"note\": \"b\"}"), 400))
			.containsExactly(Map.of("field", "note", "message", "must appear only once"));
	}

	@Test
	void textWhereANumberOrBooleanBelongsAndTheOtherWayRoundIsRefusedNamingTheField() {
		Map<String, Map<String, String>> refused = Map.of( //
				"{\"items\": [{\"quantity\": \"2\"}]}",
				Map.of("field", "items[0].quantity", "message", "has the wrong type or shape (expected integer)"),
				"{\"amount\": \"10\"}",
				Map.of("field", "amount", "message", "has the wrong type or shape (expected number)"),
				"{\"amount\": \"\"}", Map.of("field", "amount", "message", "must be a valid number"),
				"{\"isDefault\": \"true\"}",
				Map.of("field", "isDefault", "message", "has the wrong type or shape (expected boolean)"),
				"{\"isDefault\": 1}", Map.of("field", "isDefault", "message", "must be a valid boolean"),
				"{\"note\": 380001}", Map.of("field", "note", "message", "must be a valid string"), "{\"note\": 1.5}",
				Map.of("field", "note", "message", "must be a valid string"), "{\"tags\": [true]}",
				Map.of("field", "tags[0]", "message", "must be a valid string"));
		refused.forEach(
				(body, error) -> assertThat(errors(post("/samples/typed", body), 400)).as(body).containsExactly(error));
		// A whole number is still a number where a decimal belongs.
		String product = "a1000000-0000-4000-8000-000000000004";
		assertThat(typed("{\"amount\": 10, \"isDefault\": true, \"items\": [{\"productId\": \"" + product
				+ "\", \"quantity\": 2}]}"))
			.containsEntry("amount", 10)
			.containsEntry("isDefault", true)
			.containsEntry("items", List.of(Map.of("productId", product, "quantity", 2)));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> typed(String json) {
		return post("/samples/typed", json).expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@Test
	void aParameterNameTheFirewallRefusesIsAMalformedRequest() {
		// Refused when the controller's arguments are bound, not in the filter chain:
		// query parameters bound to a record, and a form body (read before its media type
		// is).
		for (String query : List.of("name=a&x%0Ay=1", "name=a&x%7Fy=1")) {
			assertRefusedParameterName(this.client.get()
				.uri(java.net.URI.create("http://localhost:" + this.port + "/samples/filtered?" + query))
				.headers((headers) -> headers.setBearerAuth(this.customer))
				.exchange());
		}
		assertRefusedParameterName(this.client.post()
			.uri("/samples")
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body("x%0Ay=1")
			.exchange());
	}

	private static void assertRefusedParameterName(RestTestClient.ResponseSpec response) {
		Map<?, ?> problem = problem(response, 400);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/malformed-request");
		assertThat(problem.get("detail")).asString().contains("parameter name");
	}

	@Test
	void aParameterNameWithBracketsIsRefusedNamingIt() {
		// Spring read them as list indexes and failed with a 500 on "tags[x]" or one out
		// of range; sent unencoded, as browsers do, Tomcat answered with an HTML page.
		for (String name : List.of("tags[x]", "tags[99999999999]", "tags[0]", "tags[]")) {
			for (String spelt : List.of(name, name.replace("[", "%5B").replace("]", "%5D"))) {
				assertThat(errors(filtered(spelt + "=a"), 400)).as(spelt)
					.containsExactly(Map.of("field", name, "message",
							"is not a parameter name this API reads: repeat the parameter for a list"));
			}
		}
		assertThat(
				filtered("tags=a&tags=b").expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody())
			.containsEntry("tags", List.of("a", "b"));
	}

	@Test
	void aParameterNameSpeltAsAPropertyPathIsIgnoredLikeAnyUnknownParameter() {
		// Bound as properties of the query record after its constructor, they were 500s.
		assertThat(filtered("name=a&name.x=b&tags.x=c").expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()).containsEntry("name", "a").containsEntry("tags", null);
	}

	private RestTestClient.ResponseSpec filtered(String query) {
		return this.client.get()
			.uri(java.net.URI.create("http://localhost:" + this.port + "/samples/filtered?" + query))
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.exchange();
	}

	@Test
	void bodiesAreReadAndWrittenAsJsonOnly() throws IOException {
		// YAML went to a Jackson 2 mapper that knows none of the rules above: this NUL
		// character reached the database and came back as a 500.
		Map<?, ?> problem = problem(this.client.post()
			.uri("/samples")
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.contentType(MediaType.APPLICATION_YAML)
			.body("name: \"nimbu\\0pani\"\nquantity: 1\n")
			.exchange(), 415);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/unsupported-media-type");
		assertThat(problem.get("detail")).asString()
			.isEqualTo(
					"Content-Type application/yaml;charset=UTF-8 is not supported; use application/json, application/*+json");
		String body = "{\"name\": \"nimbu pani\", \"quantity\": 1}";
		assertThat(raw("POST /samples", "", body)).as("no Content-Type, not the octet-stream Spring reads it as")
			.startsWith("HTTP/1.1 415")
			.contains("\"detail\":\"A request body needs a Content-Type; use application/json, application/*+json\"");
		assertThat(raw("POST /samples", "Content-Type: application/json;charset=klingon\r\n", body))
			.as("a charset nobody knows")
			.startsWith("HTTP/1.1 415")
			.contains("\"detail\":\"Content-Type is not a media type this service can read (is its charset known?); "
					+ "use application/json, application/*+json\"");
		assertThat(problem(this.client.get()
			.uri("/samples?size=1")
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.accept(MediaType.APPLICATION_YAML)
			.exchange(), 406).get("type")).isEqualTo("https://api.jainshikanji.in/problems/not-acceptable");
	}

	@Test
	void anUnexpectedFailureIsA500ThatRevealsNothing() {
		Map<?, ?> problem = problem(get("/samples/boom"), 500);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/internal-error");
		assertThat(problem.toString()).doesNotContain("SELECT", "IllegalStateException", "password", "at com.");
	}

	@Test
	void methodSecurityRefusalsAre403NotServerErrors() {
		Map<?, ?> problem = problem(get("/samples/admin"), 403);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/access-denied");
		this.client.get()
			.uri("/samples/admin")
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void creatingTheSameUniqueThingTwiceIsAConflict() {
		String body = "{\"name\": \"unique-" + System.nanoTime() + "\", \"quantity\": 1}";
		post("/samples/unique", body).expectStatus().isOk();
		Map<?, ?> problem = problem(post("/samples/unique", body), 409);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/conflict");
		assertThat(problem.toString()).doesNotContain("sample_items", "duplicate key");
	}

	@Test
	void aBodyOverTheConfiguredLimitIs413() {
		String body = "{\"name\": \"" + "x".repeat(20 * 1024) + "\", \"quantity\": 1}";
		assertThat(problem(post("/samples", body), 413).get("type"))
			.isEqualTo("https://api.jainshikanji.in/problems/payload-too-large");
	}

	@Test
	void noTokenIs401WithAChallenge() {
		Map<?, ?> problem = problem(this.client.get().uri("/samples?size=1").exchange(), 401);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/authentication-required");
	}

	private RestTestClient.ResponseSpec get(String uri) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(this.customer)).exchange();
	}

	private RestTestClient.ResponseSpec post(String uri, String json) {
		return this.client.post()
			.uri(uri)
			.headers((headers) -> headers.setBearerAuth(this.customer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(json)
			.exchange();
	}

	private static Map<?, ?> problem(RestTestClient.ResponseSpec response, int status) {
		return response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, String>> errors(RestTestClient.ResponseSpec response, int status) {
		Map<?, ?> problem = problem(response, status);
		assertThat(problem.get("type")).isEqualTo("https://api.jainshikanji.in/problems/validation-failed");
		return (List<Map<String, String>>) problem.get("errors");
	}

}
