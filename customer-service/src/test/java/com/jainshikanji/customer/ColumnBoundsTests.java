package com.jainshikanji.customer;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What validation lets through always fits its column: the longest allowed value is
 * stored, one more is a 400 naming the field, never a 500 from the database.
 */
@CustomerServiceTest
class ColumnBoundsTests {

	// Lower-cased, "İ" becomes two characters ("i" and a combining dot).
	private static final String DOTTED_I = "\u0130";

	// In compatibility form (NFKC), "ﬀ" is "ff" and "㎒" is "MHz": they grow two- and
	// threefold.
	private static final String LIGATURE_FF = "\uFB00";

	private static final String MEGAHERTZ = "\u3392";

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void anEmailOf255CharactersRegistersAndOneMoreIsRefusedByName() {
		this.api.register(email(255), Api.PASSWORD);

		Problem problem = problem(register(email(256)), 400);

		assertThat(problem.fields()).containsExactly("email");
	}

	@Test
	void anEmailThatOutgrowsItsColumnWhenLowerCasedIsRefusedByName() {
		String domain = "a".repeat(60) + "." + "b".repeat(60) + "." + "c".repeat(24) + ".com";
		String email = DOTTED_I.repeat(64) + "@" + domain;
		assertThat(email).hasSizeLessThanOrEqualTo(255);

		Problem problem = problem(register(email), 400);

		assertThat(problem.fields()).isNotEmpty().containsOnly("email");
	}

	@Test
	void aLoginEmailIsBoundedAsItIsStored() {
		Problem unknown = problem(login("a".repeat(255)), 401);
		Problem tooLong = problem(login("a".repeat(256)), 400);
		Problem growsTooLong = problem(login(DOTTED_I.repeat(200)), 400);

		assertThat(unknown.typeSlug()).isEqualTo("invalid-credentials");
		assertThat(tooLong.fields()).containsExactly("email");
		assertThat(growsTooLong.fields()).containsExactly("email");
	}

	@Test
	void anEmailThatOutgrowsItsColumnInCompatibilityFormIsRefusedByNameWhereverItIsSent() {
		// NFKC spells "ﬀ" as "ff" and "㎒" as "MHz": 120 characters as sent, 312 as
		// stored.
		String label = MEGAHERTZ.repeat(20);
		String email = LIGATURE_FF.repeat(32) + "@" + String.join(".", label, label, label, label) + ".com";
		assertThat(email).hasSize(120);

		Problem registering = problem(register(email), 400);
		Problem loggingIn = problem(login(email), 400);
		Problem forgetting = problem(forgotPassword(email), 400);

		assertThat(registering.fields()).containsExactly("email");
		assertThat(loggingIn.fields()).containsExactly("email");
		assertThat(forgetting.fields()).containsExactly("email");
	}

	@Test
	void anEmailThatFillsItsColumnInCompatibilityFormRegistersAndLogsIn() {
		String unique = java.util.UUID.randomUUID().toString().replace("-", "");
		// 171 characters as sent, 255 as stored: each label of 21 "㎒" becomes 63 letters.
		String label = MEGAHERTZ.repeat(21);
		String email = unique + "@" + String.join(".", "b".repeat(63), label, label, "d".repeat(26)) + ".com";
		assertThat(email).hasSize(171);

		this.api.register(email, Api.PASSWORD);

		assertThat(this.api.login(email, Api.PASSWORD).accessToken()).isNotBlank();
		assertThat(this.api.login(email.replace(MEGAHERTZ, "mhz"), Api.PASSWORD).accessToken()).isNotBlank();
	}

	@Test
	void aDateOfBirthFrom1900OnIsStoredAndAnEarlierOneIsRefusedByName() {
		String token = this.api.registerCustomer().accessToken();

		this.api.put("/api/v1/customers/me", token, TestRequests.profile().dateOfBirth("1900-01-01"))
			.expectStatus()
			.isOk();
		Problem dayBefore = problem(
				this.api.put("/api/v1/customers/me", token, TestRequests.profile().dateOfBirth("1899-12-31")), 400);
		Problem beforeTheDatabasesCalendar = problem(
				this.api.put("/api/v1/customers/me", token, TestRequests.profile().dateOfBirth("-5000-01-01")), 400);

		assertThat(dayBefore.fields()).containsExactly("dateOfBirth");
		assertThat(beforeTheDatabasesCalendar.fields()).containsExactly("dateOfBirth");
	}

	@Test
	void aClientAddressLongerThanItsColumnIsCutNotAServerError() {
		// A client inside the trusted proxy ranges can put anything into X-Forwarded-For.
		String junk = "x".repeat(100);
		this.client.post()
			.uri("/api/v1/auth/register")
			.header("X-Forwarded-For", junk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", Api.uniqueEmail(), "password", Api.PASSWORD, "firstName", "Asha"))
			.exchange()
			.expectStatus()
			.isCreated();
		problem(this.client.post()
			.uri("/api/v1/auth/login")
			.header("X-Forwarded-For", junk)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("email", Api.uniqueEmail(), "password", "wrong"))
			.exchange(), 401);
	}

	private RestTestClient.ResponseSpec register(String email) {
		return this.api.post("/api/v1/auth/register", null,
				Map.of("email", email, "password", Api.PASSWORD, "firstName", "Asha"));
	}

	private RestTestClient.ResponseSpec forgotPassword(String email) {
		return this.api.post("/api/v1/auth/forgot-password", null, Map.of("email", email));
	}

	private RestTestClient.ResponseSpec login(String email) {
		return this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", "not-the-password"));
	}

	/** A valid, unique address of exactly this length (at least 128). */
	private static String email(int length) {
		String local = java.util.UUID.randomUUID().toString().replace("-", "") + "a".repeat(32);
		String domain = "b".repeat(63) + "." + "c".repeat(63) + ".";
		String tld = "d".repeat(length - local.length() - 1 - domain.length() - 4) + ".com";
		return local + "@" + domain + tld;
	}

}
