package com.jainshikanji.customer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators find accounts by what a customer tells support: part of the email
 * address, of the name or of the phone number, however it is written; nobody else may
 * list accounts.
 */
@CustomerServiceTest
class CustomerSearchTests {

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	String admin;

	/**
	 * Letters no other test's account has (a UUID has no q), so a search finds this
	 * test's only.
	 */
	String tag;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.admin = this.api.loginAsAdmin().accessToken();
		this.tag = "q" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "q");
	}

	@Test
	void anAdministratorFindsAnAccountByPartOfItsEmailNameOrPhoneNumber() {
		String phone = Api.uniqueIndianNumber();
		String id = register("Zara" + this.tag, "Mehta", phone);

		for (String q : List.of(this.tag.toUpperCase(), "zara" + this.tag + " meh", "MEHTA@",
				phone.substring(0, 5) + " " + phone.substring(5), "+91-" + phone, phone.substring(4))) {
			Map<String, Object> page = search(Map.of("q", q));
			assertThat(ids(page)).as(q).contains(id);
		}
		Map<String, Object> account = items(search(Map.of("q", this.tag))).getFirst();
		assertThat(account).containsEntry("id", id)
			.containsEntry("email", "zara" + this.tag + ".mehta@example.com")
			.containsEntry("firstName", "Zara" + this.tag)
			.containsEntry("lastName", "Mehta")
			.containsEntry("phone", "+91" + phone)
			.containsEntry("roles", List.of("CUSTOMER"))
			.containsEntry("active", true)
			.containsEntry("emailVerified", false)
			.containsEntry("loyaltyTier", "BRONZE")
			.containsKeys("createdAt", "lastLoginAt")
			.doesNotContainKeys("passwordHash", "password");

		// A customer's text matches itself only: LIKE's wildcards are not wildcards.
		assertThat(items(search(Map.of("q", "zara%mehta")))).isEmpty();
		assertThat(items(search(Map.of("q", "zara" + this.tag.charAt(0) + "_")))).isEmpty();
		// Digits within a name or an email are not a phone number.
		assertThat(ids(search(Map.of("q", this.tag + phone.substring(4))))).isEmpty();
	}

	@Test
	void theListNarrowsToActiveOrDeactivatedAccountsAndToARoleAndComesInPagesNewestFirst() {
		List<String> registered = List.of(register("Old" + this.tag, "One", null),
				register("Mid" + this.tag, "Two", null), register("New" + this.tag, "Three", null));

		Map<String, Object> first = search(Map.of("q", this.tag, "size", "2"));
		Map<String, Object> second = search(Map.of("q", this.tag, "size", "2", "page", "1"));
		assertThat(ids(first)).containsExactly(registered.get(2), registered.get(1));
		assertThat(ids(second)).containsExactly(registered.get(0));
		assertThat(List.of(first, second))
			.allSatisfy((page) -> assertThat(page).containsEntry("totalItems", 3).containsEntry("size", 2));

		this.api
			.put("/api/v1/customers/" + registered.get(1) + "/status", this.admin,
					Map.of("active", false, "reason", "test"))
			.expectStatus()
			.isOk();
		assertThat(ids(search(Map.of("q", this.tag, "active", "false")))).containsExactly(registered.get(1));
		assertThat(ids(search(Map.of("q", this.tag, "active", "true")))).containsExactly(registered.get(2),
				registered.get(0));
		assertThat(ids(search(Map.of("q", this.tag, "role", "staff")))).isEmpty();
		assertThat(items(search(Map.of("q", Api.ADMIN_EMAIL, "role", "admin")))).singleElement()
			.satisfies((account) -> assertThat(account).containsEntry("email", Api.ADMIN_EMAIL));
	}

	@Test
	void onlyAdministratorsListAccounts() throws Exception {
		String customer = this.api.registerCustomer().accessToken();
		String staff = UserLookupTests.staffToken(this.api, this.kafka, this.json);

		this.api.get("/api/v1/customers", null).expectStatus().isUnauthorized();
		for (String token : List.of(customer, staff)) {
			assertThat(problem(this.api.get("/api/v1/customers?q=example", token), 403).typeSlug())
				.isEqualTo("access-denied");
		}
	}

	@Test
	void badQueriesNameTheParameter() {
		Map<String, Map<String, String>> bad = new LinkedHashMap<>();
		bad.put("q", Map.of("q", "x"));
		bad.put("q ", Map.of("q", "x".repeat(101)));
		bad.put("q  ", Map.of("q", "line\nbreak"));
		bad.put("size", Map.of("size", "101"));
		bad.put("page", Map.of("page", "-1"));
		bad.put("role", Map.of("role", "chef"));
		bad.put("active", Map.of("active", "maybe"));
		bad.forEach(
				(field, params) -> assertThat(problem(this.api.get(template(params), params, this.admin), 400).fields())
					.as("%s", params)
					.containsExactly(field.strip()));
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDocumentNamesEveryFilter() {
		Map<String, Object> docs = this.api.get("/v3/api-docs", null)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
		Map<String, Object> search = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) docs
			.get("paths")).get("/api/v1/customers")).get("get");
		assertThat((List<Map<String, Object>>) search.get("parameters"))
			.extracting((parameter) -> parameter.get("name"))
			.containsExactly("q", "active", "role", "page", "size");
	}

	/** Registers an account; its email address is made of its name. */
	private String register(String firstName, String lastName, String phone) {
		Map<String, Object> body = new LinkedHashMap<>(
				Map.of("email", firstName.toLowerCase() + "." + lastName.toLowerCase() + "@example.com", "password",
						Api.PASSWORD, "firstName", firstName, "lastName", lastName));
		if (phone != null) {
			body.put("phone", phone);
		}
		String accessToken = this.api.post("/api/v1/auth/register", null, body)
			.expectStatus()
			.isCreated()
			.expectBody(Api.Tokens.class)
			.returnResult()
			.getResponseBody()
			.accessToken();
		return this.api.idOf(accessToken);
	}

	private Map<String, Object> search(Map<String, String> params) {
		return this.api.get(template(params), params, this.admin)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private static String template(Map<String, String> params) {
		return "/api/v1/customers?"
				+ params.keySet().stream().map((name) -> name + "={" + name + "}").collect(Collectors.joining("&"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> items(Map<String, Object> page) {
		return (List<Map<String, Object>>) page.get("items");
	}

	private static List<Object> ids(Map<String, Object> page) {
		return items(page).stream().map((account) -> account.get("id")).toList();
	}

}
