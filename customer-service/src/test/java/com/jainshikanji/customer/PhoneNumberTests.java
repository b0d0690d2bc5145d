package com.jainshikanji.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone number is kept in one form, E.164 ({@code +919800000003}), however it was
 * written, so one number is one number: to the "phone in use" rule and to the SMS sender.
 */
@CustomerServiceTest
class PhoneNumberTests {

	private static final String ME = "/api/v1/customers/me";

	@Autowired
	RestTestClient client;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void otherSpellingsOfANumberInUseAreRefusedOnProfilesAndRegistrations() {
		String national = Api.uniqueIndianNumber();
		Tokens holder = this.api.registerCustomer();
		changePhone(holder, "+91" + national).expectStatus().isOk();
		Tokens other = this.api.registerCustomer();

		for (String spelling : List.of("91" + national, "0" + national, national,
				"0091 " + national.substring(0, 5) + "-" + national.substring(5))) {
			assertThat(problem(changePhone(other, spelling), 409).typeSlug()).as(spelling).isEqualTo("phone-in-use");
			assertThat(problem(register(spelling), 409).typeSlug()).as(spelling).isEqualTo("phone-in-use");
		}
		assertThat(profile(other).get("phone")).isNull();
	}

	@Test
	void everyAcceptedSpellingIsStoredInE164() {
		Map<String, String> spellings = new HashMap<>();
		String plain = Api.uniqueIndianNumber();
		spellings.put(plain, "+91" + plain);
		String trunk = Api.uniqueIndianNumber();
		spellings.put("0" + trunk, "+91" + trunk);
		String spaced = Api.uniqueIndianNumber();
		spellings.put("91 " + spaced.substring(0, 5) + " " + spaced.substring(5), "+91" + spaced);
		String hyphened = Api.uniqueIndianNumber();
		spellings.put("+91-" + hyphened.substring(0, 5) + "-" + hyphened.substring(5), "+91" + hyphened);
		String international = Api.uniqueIndianNumber();
		spellings.put(" 0091 (" + international.substring(0, 5) + ") " + international.substring(5) + " ",
				"+91" + international);
		String dotted = Api.uniqueIndianNumber();
		spellings.put("0" + dotted.substring(0, 5) + "." + dotted.substring(5), "+91" + dotted);
		String london = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
		spellings.put("+44 (20) 7946 " + london, "+44207946" + london);

		spellings.forEach((spelling, canonical) -> {
			Tokens customer = this.api.registerCustomer();
			Map<?, ?> changed = changePhone(customer, spelling).expectStatus()
				.isOk()
				.expectBody(Map.class)
				.returnResult()
				.getResponseBody();
			assertThat(changed.get("phone")).as(spelling).isEqualTo(canonical);
			assertThat(storedPhone(customer)).as(spelling).isEqualTo(canonical);
		});
	}

	@Test
	void aRegistrationStoresItsNumberInE164() {
		String national = Api.uniqueIndianNumber();
		Tokens tokens = register("0" + national.substring(0, 5) + " " + national.substring(5)).expectStatus()
			.isCreated()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();

		assertThat(profile(tokens).get("phone")).isEqualTo("+91" + national);
		assertThat(storedPhone(tokens)).isEqualTo("+91" + national);
	}

	@Test
	void aNumberThatIsNeitherIndianNorInternationalIsRefusedNamingThePhone() {
		Tokens customer = this.api.registerCustomer();
		// Too short, an Indian number of 11 digits, a national number starting with 0, a
		// foreign number without its +, a country code starting with 0, more than 15
		// digits, letters, a + in the middle.
		for (String bad : List.of("98000", "+91 98000 000031", "0 09800 00003", "44 20 7946 0958", "+0 20 7946 0958",
				"+44 2079 4609 5812 34", "98000 0000three", "98000+00003", "call me")) {
			for (Problem problem : List.of(problem(changePhone(customer, bad), 400), problem(register(bad), 400))) {
				assertThat(problem.typeSlug()).as(bad).isEqualTo("validation-failed");
				assertThat(problem.errors()).as(bad).singleElement().satisfies((error) -> {
					assertThat(error.get("field")).isEqualTo("phone");
					assertThat(error.get("message")).contains("10-digit", "+91", "+ and the country code");
				});
			}
		}
		assertThat(storedPhone(customer)).isNull();
	}

	@Test
	void theApiDescribesWhichNumbersAreAcceptedAndHowTheyAreKept() {
		for (String request : List.of("RegisterRequest", "UpdateProfileRequest")) {
			assertThat((String) this.api.schemaProperty(request, "phone").get("description")).as(request)
				.contains("10-digit", "+91", "E.164");
		}
	}

	private RestTestClient.ResponseSpec changePhone(Tokens customer, String phone) {
		return this.api.put(ME, customer.accessToken(), TestRequests.profile().phone(phone));
	}

	private RestTestClient.ResponseSpec register(String phone) {
		return this.api.post("/api/v1/auth/register", null,
				Map.of("email", Api.uniqueEmail(), "password", Api.PASSWORD, "firstName", "Asha", "phone", phone));
	}

	private Map<?, ?> profile(Tokens customer) {
		return this.api.get(ME, customer.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

	private String storedPhone(Tokens customer) {
		return this.jdbc.sql("SELECT phone FROM customers WHERE id = :id::uuid")
			.param("id", profile(customer).get("id"))
			.query((row, number) -> row.getString(1))
			.list()
			.getFirst();
	}

}
