package com.jainshikanji.customer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@CustomerServiceTest
class JwksTests {

	@Autowired
	RestTestClient client;

	@Test
	void publishesThePublicSigningKeyUnderTheKeyIdTokensCarry() {
		Api api = new Api(this.client);
		Map<?, ?> jwks = api.get("/.well-known/jwks.json", null)
			.expectStatus()
			.isOk()
			.expectHeader()
			.cacheControl(org.springframework.http.CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		List<?> keys = (List<?>) jwks.get("keys");
		assertThat(keys).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> key = (Map<String, Object>) keys.getFirst();
		assertThat(key).containsEntry("kty", "RSA").containsEntry("alg", "RS256").containsEntry("use", "sig");
		assertThat(key).containsKeys("n", "e", "kid").doesNotContainKeys("d", "p", "q", "dp", "dq", "qi");

		String accessToken = api.registerCustomer().accessToken();
		String header = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[0]), StandardCharsets.UTF_8);
		assertThat(header).contains("\"kid\":\"" + key.get("kid") + "\"")
			.contains("\"typ\":\"at+jwt\"")
			.contains("\"alg\":\"RS256\"");
	}

}
