package com.jainshikanji.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class AddressBookTests {

	private static final String ADDRESSES = "/api/v1/customers/me/addresses";

	@Autowired
	RestTestClient client;

	Api api;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.token = this.api.registerCustomer().accessToken();
	}

	@Test
	void theFirstAddressBecomesTheDefaultWhateverWasAsked() {
		Map<?, ?> home = add("Home", false);
		assertThat(home.get("isDefault")).isEqualTo(true);
		assertThat(home.get("country")).isEqualTo("India");
		assertThat(home.get("type")).isEqualTo("HOME");
	}

	@Test
	void choosingANewDefaultMovesItSoThereIsExactlyOne() {
		Map<?, ?> home = add("Home", false);
		Map<?, ?> work = add("Work", true);
		Map<?, ?> gym = add("Gym", false);

		assertThat(defaults()).containsExactly(work.get("id"));

		this.api.put(ADDRESSES + "/" + gym.get("id"), this.token, body("Gym", true)).expectStatus().isOk();
		assertThat(defaults()).containsExactly(gym.get("id"));
		assertThat(all()).extracting((address) -> address.get("id"))
			.containsExactly(home.get("id"), work.get("id"), gym.get("id"));
	}

	@Test
	void theDefaultCannotBeUnsetWithoutChoosingAnother() {
		Map<?, ?> home = add("Home", false);
		Problem problem = this.api.put(ADDRESSES + "/" + home.get("id"), this.token, body("Home", false))
			.expectStatus()
			.isEqualTo(409)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("default-address-required");
		assertThat(defaults()).containsExactly(home.get("id"));
	}

	/**
	 * Leaving {@code isDefault} out keeps the address's flag: the only address (always
	 * the default) can be corrected without saying it is the default, and another one is
	 * changed without taking the default.
	 */
	@Test
	void anAddressIsCorrectedWithoutSayingWhetherItIsTheDefault() {
		Map<String, Object> typo = new HashMap<>(
				Map.of("line1", "1 Typo Raod", "city", "Ahmedabad", "state", "GJ", "postalCode", "380001"));
		Map<?, ?> only = this.api.post(ADDRESSES, this.token, typo)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		typo.put("line1", "1 Typo Road");

		Map<?, ?> corrected = this.api.put(ADDRESSES + "/" + only.get("id"), this.token, typo)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(corrected.get("line1")).isEqualTo("1 Typo Road");
		assertThat(corrected.get("isDefault")).isEqualTo(true);

		Map<?, ?> work = add("Work", false);
		this.api.put(ADDRESSES + "/" + work.get("id"), this.token, body("Work", null).line1("CG Road"))
			.expectStatus()
			.isOk();
		this.api.put(ADDRESSES + "/" + only.get("id"), this.token, body("Home", null)).expectStatus().isOk();
		assertThat(defaults()).containsExactly(only.get("id"));
		assertThat(all()).extracting((address) -> address.get("line1")).containsExactly("12 Relief Road", "CG Road");
	}

	/** The API's description tells a client what leaving the flag out does. */
	@Test
	void theApiDescribesWhatLeavingTheDefaultFlagOutDoes() {
		assertThat((String) this.api.schemaProperty("AddressRequest", "isDefault").get("description"))
			.contains("left out", "keeps", "false", "refused");
	}

	@Test
	void deletingTheDefaultHandsItToTheNewestRemainingAddress() {
		Map<?, ?> home = add("Home", false);
		add("Work", false);
		Map<?, ?> newest = add("Gym", false);

		this.api.delete(ADDRESSES + "/" + home.get("id"), this.token).expectStatus().isNoContent();

		assertThat(defaults()).containsExactly(newest.get("id"));
		this.api.get(ADDRESSES + "/" + home.get("id"), this.token).expectStatus().isNotFound();
	}

	@Test
	void anAddressIsReadAndChangedById() {
		Map<?, ?> home = add("Home", false);
		TestRequests.AddressBody change = body("Home", true).line2("Flat 4B").location(23.0225, 72.5714);
		this.api.put(ADDRESSES + "/" + home.get("id"), this.token, change).expectStatus().isOk();

		Map<?, ?> read = this.api.get(ADDRESSES + "/" + home.get("id"), this.token)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(read.get("line2")).isEqualTo("Flat 4B");
		assertThat(read.get("latitude")).isEqualTo(23.0225);
	}

	@Test
	void anotherCustomersAddressesAreOutOfReach() {
		Map<?, ?> home = add("Home", false);
		Tokens mallory = this.api.registerCustomer();
		String aliceId = (String) this.api.get("/api/v1/customers/me", this.token)
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");

		this.api.get("/api/v1/customers/" + aliceId + "/addresses", mallory.accessToken()).expectStatus().isNotFound();
		this.api.delete("/api/v1/customers/" + aliceId + "/addresses/" + home.get("id"), mallory.accessToken())
			.expectStatus()
			.isNotFound();
		// Through their own book, the address id means nothing either.
		this.api.get(ADDRESSES + "/" + home.get("id"), mallory.accessToken()).expectStatus().isNotFound();
		this.api.put(ADDRESSES + "/" + home.get("id"), mallory.accessToken(), body("Mine now", true))
			.expectStatus()
			.isNotFound();
		assertThat(all()).hasSize(1);
	}

	@Test
	void anAddressBookHoldsAtMostTwentyAddresses() {
		for (int i = 0; i < 20; i++) {
			add("Address " + i, false);
		}
		Problem problem = this.api.post(ADDRESSES, this.token, body("One too many", false))
			.expectStatus()
			.isEqualTo(409)
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.typeSlug()).isEqualTo("address-limit-reached");
	}

	@Test
	void aPhonesPositionIsKeptToEightDecimalsAndANumberBeyondAnyPositionIsRefused() {
		Map<String, Object> address = new java.util.HashMap<>(Map.of("line1", "12 CG Road", "city", "Ahmedabad",
				"state", "Gujarat", "postalCode", "380009", "latitude", new java.math.BigDecimal("23.022512345678901"),
				"longitude", new java.math.BigDecimal("72.571365")));
		Map<?, ?> added = this.api.post(ADDRESSES, this.token, address)
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(added.get("latitude")).isEqualTo(23.02251235);

		address.put("latitude", new java.math.BigDecimal("1e-20000"));
		Problem problem = this.api.post(ADDRESSES, this.token, address)
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).extracting((error) -> error.get("field")).containsExactly("latitude");
	}

	@Test
	void invalidAddressesAreRefusedNamingTheFields() {
		TestRequests.AddressBody body = body("Home", false).postalCode("!").location(123.4, 72.5714).city(null);
		Problem problem = this.api.post(ADDRESSES, this.token, body)
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("city", "latitude", "postalCode");
	}

	@Test
	void aMalformedAddressIdIsABadRequest() {
		Problem problem = this.api.get(ADDRESSES + "/not-a-uuid", this.token)
			.expectStatus()
			.isBadRequest()
			.expectBody(Problem.class)
			.returnResult()
			.getResponseBody();
		assertThat(problem.errors()).singleElement().satisfies((error) -> {
			assertThat(error.get("field")).isEqualTo("addressId");
			assertThat(error.get("message")).contains("UUID");
		});
		this.api.get(ADDRESSES + "/" + UUID.randomUUID(), this.token).expectStatus().isNotFound();
	}

	@Test
	void controlCharactersInAnAddressAreRefusedByName() {
		Problem problem = problem(this.api.post(ADDRESSES, this.token,
				TestRequests.address().label("Home\n").line1("12 Relief Road\r\n").line2("\u0085").city("Ahmedabad\t")),
				400);

		assertThat(problem.fields()).containsExactlyInAnyOrder("label", "line1", "line2", "city");
	}

	private Map<?, ?> add(String label, Boolean makeDefault) {
		var result = this.api.post(ADDRESSES, this.token, body(label, makeDefault))
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult();
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION))
			.endsWith(ADDRESSES + "/" + result.getResponseBody().get("id"));
		return result.getResponseBody();
	}

	private List<Map<String, Object>> all() {
		return this.api.get(ADDRESSES, this.token)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

	private List<Object> defaults() {
		return all().stream()
			.filter((address) -> Boolean.TRUE.equals(address.get("isDefault")))
			.map((address) -> address.get("id"))
			.toList();
	}

	private static TestRequests.AddressBody body(String label, Boolean makeDefault) {
		return TestRequests.address().label(label).makeDefault(makeDefault);
	}

}
