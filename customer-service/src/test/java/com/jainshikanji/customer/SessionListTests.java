package com.jainshikanji.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in user sees where they are signed in, and which session is theirs now, and
 * signs one device out, which can then no longer refresh; nobody else sees or ends their
 * sessions.
 */
@CustomerServiceTest
class SessionListTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void aUserSeesWhereTheyAreSignedInAndEndsOneSessionWhichThenCannotRefresh() {
		String email = Api.uniqueEmail();
		Tokens registered = this.api.register(email, Api.PASSWORD);
		Instant beforePhone = Instant.now();
		Tokens phone = login(email, "JainShikanji/2.1 (Android 14)", "203.0.113.7");
		Instant phoneSignedIn = Instant.now();
		Tokens laptop = login(email, "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "198.51.100.20");
		// The phone refreshes last, from elsewhere: its session comes first, where it
		// refreshed.
		Instant beforeRefresh = Instant.now();
		Tokens phoneNow = send("/api/v1/auth/refresh", Map.of("refreshToken", phone.refreshToken()),
				"JainShikanji/2.1 (Android 14)", "203.0.113.99");

		List<Map<String, Object>> sessions = sessions(laptop.accessToken());
		assertThat(sessions).hasSize(3);
		assertThat(sessions.get(0)).containsEntry("userAgent", "JainShikanji/2.1 (Android 14)")
			.containsEntry("ipAddress", "203.0.113.99")
			.containsKeys("id", "lastActiveAt", "expiresAt")
			.doesNotContainKeys("tokenHash", "refreshToken");
		assertThat(Instant.parse((String) sessions.get(0).get("signedInAt"))).as("the login, not the refresh")
			.isBetween(beforePhone, phoneSignedIn);
		assertThat(Instant.parse((String) sessions.get(0).get("lastActiveAt"))).as("the refresh")
			.isAfterOrEqualTo(beforeRefresh);
		assertThat(sessions.get(1)).containsEntry("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
			.containsEntry("ipAddress", "198.51.100.20");
		assertThat(sessions).extracting((session) -> session.get("id")).doesNotHaveDuplicates();
		assertThat(sessions).as("the laptop is asking")
			.extracting((session) -> session.get("current"))
			.containsExactly(false, true, false);

		String laptopSession = (String) sessions.get(1).get("id");
		this.api.delete("/api/v1/auth/sessions/" + laptopSession, phoneNow.accessToken()).expectStatus().isNoContent();

		refresh(laptop.refreshToken()).expectStatus().isUnauthorized();
		List<Map<String, Object>> left = sessions(phoneNow.accessToken());
		assertThat(left).extracting((session) -> session.get("id")).hasSize(2).doesNotContain(laptopSession);
		assertThat(left).as("the phone is asking, with the access token its refresh got")
			.extracting((session) -> session.get("current"))
			.containsExactly(true, false);
		refresh(phoneNow.refreshToken()).expectStatus().isOk();
		refresh(registered.refreshToken()).expectStatus().isOk();
		assertThat(problem(this.api.delete("/api/v1/auth/sessions/" + laptopSession, phoneNow.accessToken()), 404)
			.typeSlug()).as("a session ended already").isEqualTo("session-not-found");
	}

	@Test
	void nobodyElseSeesOrEndsTheSessions() {
		Tokens owner = this.api.registerCustomer();
		Tokens other = this.api.registerCustomer();
		String ownerSession = (String) sessions(owner.accessToken()).getFirst().get("id");

		assertThat(sessions(other.accessToken())).singleElement()
			.satisfies((session) -> assertThat(session.get("id")).isNotEqualTo(ownerSession));
		assertThat(
				problem(this.api.delete("/api/v1/auth/sessions/" + ownerSession, other.accessToken()), 404).typeSlug())
			.isEqualTo("session-not-found");
		refresh(owner.refreshToken()).expectStatus().isOk();

		this.api.get("/api/v1/auth/sessions", null).expectStatus().isUnauthorized();
		this.api.delete("/api/v1/auth/sessions/" + ownerSession, null).expectStatus().isUnauthorized();
		assertThat(problem(this.api.delete("/api/v1/auth/sessions/not-a-session", owner.accessToken()), 400).typeSlug())
			.isEqualTo("validation-failed");
		assertThat(problem(this.api.delete("/api/v1/auth/sessions/" + UUID.randomUUID(), owner.accessToken()), 404)
			.typeSlug()).isEqualTo("session-not-found");
	}

	private Tokens login(String email, String userAgent, String ip) {
		return send("/api/v1/auth/login", Map.of("email", email, "password", Api.PASSWORD), userAgent, ip);
	}

	/** A login or refresh from a device that says what it is, at an address. */
	private Tokens send(String path, Map<String, String> body, String userAgent, String ip) {
		return this.client.post()
			.uri(path)
			.header(HttpHeaders.USER_AGENT, userAgent)
			.header("X-Forwarded-For", ip)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
	}

	private RestTestClient.ResponseSpec refresh(String refreshToken) {
		return this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken));
	}

	private List<Map<String, Object>> sessions(String accessToken) {
		return this.api.get("/api/v1/auth/sessions", accessToken)
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.returnResult()
			.getResponseBody();
	}

}
