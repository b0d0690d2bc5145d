package com.jainshikanji.customer;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.security.AccessTokenClaims;
import com.jainshikanji.customer.Api.Tokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway learns which sessions ended, so that it refuses their access tokens at once
 * instead of until they expire: every way a session ends is listed, each session once,
 * with when it ended; one still going never is; and only a service may ask.
 */
@CustomerServiceTest
class EndedSessionsTests {

	private static final String ENDED = "/api/v1/auth/ended-sessions";

	@Autowired
	RestTestClient client;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	Api api;

	String service;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.service = StoreServiceContractTests.serviceToken(this.api);
	}

	@Test
	void everySessionALogoutAnEndingAPasswordChangeOrADeactivationEndsIsListedOnceWithWhenItEnded() {
		Instant asked = (Instant) ended(null).get("asOf");
		String email = Api.uniqueEmail();
		Tokens loggedOut = this.api.register(email, Api.PASSWORD);
		Tokens lostPhone = this.api.login(email, Api.PASSWORD);
		Tokens other = this.api.login(email, Api.PASSWORD);
		Tokens changing = this.api.login(email, Api.PASSWORD);
		this.api.post("/api/v1/auth/logout", loggedOut.accessToken(), Map.of("refreshToken", loggedOut.refreshToken()))
			.expectStatus()
			.isNoContent();
		this.api.delete("/api/v1/auth/sessions/" + sid(lostPhone), changing.accessToken()).expectStatus().isNoContent();
		Tokens changed = this.api
			.post("/api/v1/auth/change-password", changing.accessToken(),
					Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-new-horse-battery"))
			.expectStatus()
			.isOk()
			.expectBody(Tokens.class)
			.returnResult()
			.getResponseBody();
		Tokens deactivated = this.api.registerCustomer();
		Tokens deactivatedToo = this.api.login(emailOf(deactivated), Api.PASSWORD);
		this.api
			.put("/api/v1/customers/" + this.api.idOf(deactivated) + "/status", this.api.loginAsAdmin().accessToken(),
					Map.of("active", false))
			.expectStatus()
			.isOk();
		Tokens stillGoing = this.api.registerCustomer();

		Map<String, Object> answer = ended(asked.minusSeconds(1));
		List<Map<String, Object>> sessions = sessions(answer);
		assertThat(sessions).extracting((session) -> session.get("id"))
			.doesNotHaveDuplicates()
			.contains(sid(loggedOut), sid(lostPhone), sid(other), sid(changing), sid(deactivated), sid(deactivatedToo))
			.doesNotContain(sid(changed), sid(stillGoing));
		Instant asOf = (Instant) answer.get("asOf");
		assertThat(sessions).allSatisfy(
				(session) -> assertThat((Instant) session.get("endedAt")).isAfter(asked).isBeforeOrEqualTo(asOf));
		assertThat(answer).containsEntry("accessTokenTtl", Duration.ofMinutes(15).toString());

		assertThat(sessions(ended(null))).as("by default, those ended within an access token's lifetime")
			.extracting((session) -> session.get("id"))
			.contains(sid(loggedOut), sid(deactivated));
		assertThat(sessions(ended(asOf))).as("none ended since")
			.extracting((session) -> session.get("id"))
			.doesNotContain(sid(loggedOut), sid(deactivated));
		assertThat(sessions(ended(Instant.now().plus(Duration.ofDays(1))))).isEmpty();
	}

	@Test
	void aUserAssignedToAStoreIsListedWithWhenTheirAccessChangedAndTheClaimsTheirTokensCarrySince() throws Exception {
		Instant asked = (Instant) ended(null).get("asOf");
		String staff = UserLookupTests.staffToken(this.api, this.kafka, this.json);
		JWTClaimsSet claims = SignedJWT.parse(staff).getJWTClaimsSet();
		String userId = claims.getSubject();
		Instant issued = claims.getIssueTime().toInstant();
		String customer = SignedJWT.parse(this.api.registerCustomer().accessToken()).getJWTClaimsSet().getSubject();

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> changed = (List<Map<String, Object>>) ended(asked.minusSeconds(1))
			.get("accessChanged");
		assertThat(changed).filteredOn((change) -> userId.equals(change.get("userId")))
			.singleElement()
			.satisfies((change) -> assertThat(Instant.parse((String) change.get("changedAt"))).isAfter(asked)
				.as("before the token with the STAFF role was issued")
				.isBefore(issued.plusSeconds(1)))
			.satisfies((change) -> {
				assertThat(change.get("roles")).isEqualTo(claims.getStringListClaim("roles"))
					.asInstanceOf(InstanceOfAssertFactories.LIST)
					.contains("STAFF");
				assertThat(change.get("storeIds")).isEqualTo(claims.getStringListClaim("store_ids"))
					.asInstanceOf(InstanceOfAssertFactories.LIST)
					.hasSize(1);
				assertThat(change.get("storeJobs")).isEqualTo(claims.getJSONObjectClaim("store_jobs"));
			});
		assertThat(changed).extracting((change) -> change.get("userId")).doesNotContain(customer);
	}

	@Test
	void onlyAServiceAsksAndAnInstantThatIsNoneIsRefusedNamingIt() throws Exception {
		this.api.get(ENDED, null).expectStatus().isUnauthorized();
		Tokens customer = this.api.registerCustomer();
		for (String token : List.of(customer.accessToken(), this.api.loginAsAdmin().accessToken(),
				UserLookupTests.staffToken(this.api, this.kafka, this.json))) {
			assertThat(problem(this.api.get(ENDED, token), 403).typeSlug()).isEqualTo("access-denied");
		}
		for (String since : List.of("+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z")) {
			this.api.get(ENDED + "?since={since}", Map.of("since", since), this.service).expectStatus().isOk();
		}
		for (String since : List.of("yesterday", "+1000000001-01-01T00:00:00Z", "2026-13-01T00:00:00Z")) {
			assertThat(
					problem(this.api.get(ENDED + "?since={since}", Map.of("since", since), this.service), 400).fields())
				.as(since)
				.containsExactly("since");
		}
	}

	private Map<String, Object> ended(Instant since) {
		RestTestClient.ResponseSpec response = (since != null)
				? this.api.get(ENDED + "?since={since}", Map.of("since", since.toString()), this.service)
				: this.api.get(ENDED, this.service);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = response.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		body.put("asOf", Instant.parse((String) body.get("asOf")));
		sessions(body).forEach((session) -> session.put("endedAt", Instant.parse((String) session.get("endedAt"))));
		return body;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> sessions(Map<String, Object> answer) {
		return (List<Map<String, Object>>) answer.get("sessions");
	}

	/** The session an access token was issued for. */
	private static String sid(Tokens tokens) {
		try {
			return SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getStringClaim(AccessTokenClaims.SESSION_ID);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String emailOf(Tokens tokens) {
		return (String) this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("email");
	}

}
