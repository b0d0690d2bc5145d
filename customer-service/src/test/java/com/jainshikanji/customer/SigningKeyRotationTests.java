package com.jainshikanji.customer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The middle of a signing key rotation, as every replica runs it: signing with the
 * current key, publishing the next one (given as a public key, inline) and the previous
 * one (given as its private key, in a file), and the current one listed among them as the
 * rotation's configuration does. Every published key verifies tokens here as it does in
 * the other services; an unpublished one verifies nothing. The keys are made for the run,
 * never committed.
 */
@CustomerServiceTest
class SigningKeyRotationTests {

	private static final KeyPair CURRENT = TestAccessTokens.rsaKeys();

	private static final KeyPair NEXT = TestAccessTokens.rsaKeys();

	private static final KeyPair PREVIOUS = TestAccessTokens.rsaKeys();

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("identity.tokens.signing-key", () -> "file:" + file(pem("PRIVATE KEY", CURRENT)));
		registry.add("identity.tokens.published-keys",
				() -> String.join(",", "base64:" + base64(pem("PUBLIC KEY", NEXT)),
						"file:" + file(pem("PRIVATE KEY", PREVIOUS)), "base64:" + base64(pem("PUBLIC KEY", CURRENT))));
	}

	@Autowired
	RestTestClient client;

	Api api;

	String customerId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
		this.customerId = (String) this.api.get("/api/v1/customers/me", this.api.registerCustomer().accessToken())
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theJwksListsTheSigningKeyThenEveryPublishedKeyOnceUnderDistinctKeyIds() {
		Map<String, List<Map<String, Object>>> jwks = this.api.get("/.well-known/jwks.json", null)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();

		List<Map<String, Object>> keys = jwks.get("keys");
		assertThat(keys).extracting((key) -> key.get("kid"))
			.containsExactly(kid(CURRENT), kid(NEXT), kid(PREVIOUS))
			.doesNotHaveDuplicates();
		assertThat(keys).allSatisfy((key) -> assertThat(key).containsEntry("kty", "RSA")
			.containsEntry("alg", "RS256")
			.containsKeys("n", "e")
			.doesNotContainKeys("d", "p", "q", "dp", "dq", "qi"));
		String header = new String(
				Base64.getUrlDecoder().decode(this.api.registerCustomer().accessToken().split("\\.")[0]),
				StandardCharsets.UTF_8);
		assertThat(header).contains("\"kid\":\"" + kid(CURRENT) + "\"");
	}

	@Test
	void tokensOfThePublishedKeysThatDoNotSignAreAccepted() {
		this.api.get("/api/v1/customers/me", token(NEXT, kid(NEXT))).expectStatus().isOk();
		this.api.get("/api/v1/customers/me", token(PREVIOUS, kid(PREVIOUS))).expectStatus().isOk();
		this.api.get("/api/v1/customers/me", token(CURRENT, kid(CURRENT))).expectStatus().isOk();
	}

	@Test
	void aTokenOfAKeyThatIsNotPublishedIsRefused() {
		KeyPair unpublished = TestAccessTokens.rsaKeys();
		refused(token(unpublished, kid(unpublished)));
		refused(token(unpublished, kid(NEXT)));
	}

	private void refused(String token) {
		TestAccessTokens.assertRefused(this.api, token);
	}

	private String token(KeyPair key, String keyId) {
		return TestAccessTokens.sign(key.getPrivate(), keyId, this.customerId, (jwt) -> {
		});
	}

	/** The key id customer-service gives a key: its RFC 7638 thumbprint. */
	private static String kid(KeyPair key) {
		try {
			return new RSAKey.Builder((RSAPublicKey) key.getPublic()).build().computeThumbprint().toString();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(String type, KeyPair key) {
		byte[] der = type.equals("PUBLIC KEY") ? key.getPublic().getEncoded() : key.getPrivate().getEncoded();
		return "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
	}

	private static Path file(String pem) {
		try {
			Path file = Files.createTempFile("signing-key-", ".pem");
			file.toFile().deleteOnExit();
			return Files.writeString(file, pem, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
