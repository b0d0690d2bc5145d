package com.jainshikanji.gateway;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An access token whose session has ended is refused at the gateway within moments, not
 * when it expires: the gateway asks the identity service ({@link IdentityStub}) which
 * sessions ended, with its own SERVICE token, each time from a little before its last
 * answer; other sessions of the same user, and tokens naming no session, still pass; a
 * token issued before its user's access changed is refused too, one issued since passes;
 * and while the identity service cannot answer, what was known stays refused.
 */
@GatewayTest
class EndedSessionTests extends EchoRoutes {

	@Autowired
	WebTestClient client;

	@AfterEach
	void answerAgain() {
		IdentityStub.failQuestions(false);
	}

	@Test
	void aTokenOfAnEndedSessionIsRefusedWithinMomentsWhileTheUsersOtherSessionsPass() {
		UUID customer = UUID.randomUUID();
		UUID phone = UUID.randomUUID();
		UUID laptop = UUID.randomUUID();
		String phoneToken = TestTokens.customerInSession(customer, phone);
		String laptopToken = TestTokens.customerInSession(customer, laptop);
		passes(phoneToken);

		IdentityStub.end(phone);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(phoneToken));
		assertThat(problemOf(phoneToken).get("type")).isEqualTo("https://api.jainshikanji.in/problems/invalid-token");
		passes(laptopToken);
		passes(TestTokens.customer(customer));
		passes(TestTokens.admin());
	}

	@Test
	void aTokenIssuedBeforeItsUsersAccessChangedIsRefusedAndOneIssuedSincePasses() {
		UUID staff = UUID.randomUUID();
		UUID store = UUID.randomUUID();
		Instant now = Instant.now();
		String before = TestTokens.issuedAt(now.minusSeconds(5), staff, List.of("CUSTOMER", "STAFF"), List.of(store));
		String since = TestTokens.issuedAt(now, staff, List.of("CUSTOMER"), List.of());
		passes(before);

		IdentityStub.changeAccess(staff, now.minusSeconds(2));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(before));
		passes(since);
		passes(TestTokens.customer());
	}

	/**
	 * Tokens say when they were issued to the second, and a refresh may read the account
	 * just before a change commits: within moments of the change, what the token says the
	 * user may do is compared with what the identity service says now.
	 */
	@Test
	void aTokenIssuedWithinMomentsOfAnAccessChangePassesOnlyIfItSaysWhatTheUserMayDoNow() {
		UUID staff = UUID.randomUUID();
		UUID kitchen = UUID.randomUUID();
		UUID counter = UUID.randomUUID();
		Instant changedAt = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS).plusMillis(700);
		String sameSecondAsBefore = TestTokens.staffIssuedAt(changedAt, staff, Map.of(kitchen, "CHEF"));
		String readJustBeforeTheChange = TestTokens.staffIssuedAt(changedAt.plusSeconds(2), staff,
				Map.of(kitchen, "CHEF"));
		String sameSecondAsNow = TestTokens.staffIssuedAt(changedAt, staff,
				Map.of(kitchen, "CASHIER", counter, "MANAGER"));
		passes(sameSecondAsBefore);

		IdentityStub.changeAccess(staff, changedAt, List.of("CUSTOMER", "STAFF"), List.of(kitchen, counter),
				Map.of(kitchen, "CASHIER", counter, "MANAGER"));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(sameSecondAsBefore));
		refused(readJustBeforeTheChange);
		passes(sameSecondAsNow);
		passes(TestTokens.staffIssuedAt(Instant.now(), staff, Map.of(kitchen, "CASHIER", counter, "MANAGER")));
	}

	@Test
	void theGatewayAsksWithItsServiceTokenFromALittleBeforeItsLastAnswer() throws Exception {
		int before = IdentityStub.questions().size();
		await().atMost(Duration.ofSeconds(10)).until(() -> IdentityStub.questions().size() >= before + 3);
		List<IdentityStub.Question> questions = IdentityStub.questions();
		IdentityStub.Question last = questions.getLast();
		assertThat(last.since()).as("a minute before the last answer")
			.isNotNull()
			.isBefore(Instant.now().minusSeconds(50))
			.isAfter(Instant.now().minusSeconds(75));
		assertThat(last.authorization()).startsWith("Bearer ");
		assertThat(SignedJWT.parse(last.authorization().substring(7)).getJWTClaimsSet().getStringListClaim("roles"))
			.containsExactly("SERVICE");
	}

	@Test
	void whileTheIdentityServiceCannotAnswerWhatWasKnownStaysRefused() {
		UUID session = UUID.randomUUID();
		String token = TestTokens.customerInSession(UUID.randomUUID(), session);
		IdentityStub.end(session);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> refused(token));

		IdentityStub.failQuestions(true);
		int failed = IdentityStub.questions().size();
		await().atMost(Duration.ofSeconds(10)).until(() -> IdentityStub.questions().size() >= failed + 3);
		refused(token);
		passes(TestTokens.customerInSession(UUID.randomUUID(), UUID.randomUUID()));
	}

	private void passes(String token) {
		this.client.get()
			.uri("/api/v1/customers/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private void refused(String token) {
		this.client.get()
			.uri("/api/v1/customers/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	private Map<?, ?> problemOf(String token) {
		return this.client.get()
			.uri("/api/v1/customers/me")
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
	}

}
