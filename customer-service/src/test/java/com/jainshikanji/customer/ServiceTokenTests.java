package com.jainshikanji.customer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.security.AccessTokens;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's services trade their client credentials for short-lived SERVICE tokens;
 * anything else gets the same refusal.
 */
@CustomerServiceTest
class ServiceTokenTests {

	private static final String PATH = "/api/v1/auth/service-token";

	@Autowired
	RestTestClient client;

	@Autowired
	JwtDecoder decoder;

	@Test
	@SuppressWarnings("unchecked")
	void aServiceWithItsSecretGetsAServiceTokenEveryServiceAccepts() {
		Map<String, Object> response = request("test-service", "test-service-secret-0123456789").expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		assertThat(response).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
		Jwt jwt = this.decoder.decode((String) response.get("accessToken"));
		AuthenticatedUser service = AccessTokens.user(jwt);
		assertThat(service.roles()).containsExactly(Role.SERVICE);
		assertThat(service.storeIds()).isEmpty();
		assertThat(service.id())
			.isEqualTo(UUID.nameUUIDFromBytes("service:test-service".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aWrongSecretAnUnknownClientAndAClientWithoutSecretAreRefusedAlike() {
		Problem wrongSecret = problem(request("test-service", "guess"), 401);
		Problem unknown = problem(request("no-such-service", "test-service-secret-0123456789"), 401);
		Problem noSecretConfigured = problem(request("payment-service", "anything"), 401);

		assertThat(wrongSecret.typeSlug()).isEqualTo("invalid-client-credentials");
		assertThat(unknown.detail()).isEqualTo(wrongSecret.detail());
		assertThat(noSecretConfigured.detail()).isEqualTo(wrongSecret.detail());
	}

	@Test
	void missingCredentialsAreNamed() {
		Problem problem = problem(request("", null), 400);
		assertThat(problem.fields()).containsExactlyInAnyOrder("clientId", "clientSecret");
	}

	private RestTestClient.ResponseSpec request(String clientId, String clientSecret) {
		Map<String, String> body = new java.util.HashMap<>();
		body.put("clientId", clientId);
		body.put("clientSecret", clientSecret);
		return this.client.post().uri(PATH).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
	}

}
