package com.jainshikanji.customer.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signing key and the keys published beside it for a rotation: each under its
 * thumbprint, public halves only, each once, and a key that could not verify safely stops
 * the start.
 */
class SigningKeysTest {

	private static final KeyPair CURRENT = rsa(2048);

	private static final KeyPair NEXT = rsa(2048);

	private static final KeyPair PREVIOUS = rsa(3072);

	@Test
	void publishesTheSigningKeyFirstThenEachOtherKeyOnceUnderItsThumbprint() throws Exception {
		SigningKeys keys = SigningKeys.from(tokens(privatePem(CURRENT), List.of(publicPem(NEXT), privatePem(PREVIOUS),
				publicPem(CURRENT), privatePem(CURRENT), publicPem(NEXT))));

		assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID)
			.containsExactly(thumbprint(CURRENT), thumbprint(NEXT), thumbprint(PREVIOUS));
		assertThat(keys.keyId()).isEqualTo(thumbprint(CURRENT));
		assertThat(keys.privateKey()).isEqualTo(CURRENT.getPrivate());
		assertThat(keys.publicKeys().getKeys()).noneMatch(JWK::isPrivate)
			.allSatisfy(
					(key) -> assertThat(key.toJSONObject()).containsEntry("alg", "RS256").containsEntry("use", "sig"));
	}

	@Test
	void withoutPublishedKeysOnlyTheSigningKeyIsPublished() throws Exception {
		SigningKeys keys = SigningKeys.from(tokens(privatePem(CURRENT), List.of()));

		assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).containsExactly(thumbprint(CURRENT));
	}

	@Test
	void aPublishedKeyOfLessThan2048BitsStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(
					() -> SigningKeys.from(tokens(privatePem(CURRENT), List.of(publicPem(NEXT), publicPem(rsa(1024))))))
			.withMessageContaining("identity.tokens.published-keys[1]")
			.withMessageContaining("at least 2048 bits, not 1024");
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.from(tokens(privatePem(CURRENT), List.of(privatePem(rsa(1024))))))
			.withMessageContaining("identity.tokens.published-keys[0]")
			.withMessageContaining("at least 2048 bits");
	}

	@Test
	void aPublishedKeyThatIsNoRsaKeyStopsTheStart() {
		KeyPair ec = ec();
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.from(tokens(privatePem(CURRENT), List.of(publicPem(ec)))))
			.withMessageContaining("identity.tokens.published-keys[0]")
			.withMessageContaining("is not an RSA public key");
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.from(tokens(privatePem(CURRENT), List.of(privatePem(ec)))))
			.withMessageContaining("identity.tokens.published-keys[0]")
			.withMessageContaining("neither a PEM RSA public key");
		assertThatIllegalStateException()
			.isThrownBy(() -> SigningKeys.from(tokens(privatePem(CURRENT),
					List.of(new ByteArrayResource("not a key".getBytes(StandardCharsets.US_ASCII))))))
			.withMessageContaining("identity.tokens.published-keys[0]");
	}

	@Test
	void aPublishedKeyThatCannotBeReadStopsTheStart() {
		assertThatThrownBy(() -> SigningKeys
			.from(tokens(privatePem(CURRENT), List.of(new FileSystemResource("/nonexistent/next-signing-key.pem")))))
			.hasMessageContaining("identity.tokens.published-keys[0]")
			.hasMessageContaining("/nonexistent/next-signing-key.pem");
	}

	@Test
	void aSigningKeyOfLessThan2048BitsStopsTheStart() {
		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.from(tokens(privatePem(rsa(1024)), List.of())))
			.withMessageContaining("The token signing key")
			.withMessageContaining("at least 2048 bits");
	}

	private static IdentityProperties.Tokens tokens(Resource signingKey, List<Resource> publishedKeys) {
		return new IdentityProperties.Tokens(signingKey, publishedKeys, false, Duration.ofMinutes(15),
				Duration.ofDays(30), Duration.ofSeconds(10));
	}

	private static String thumbprint(KeyPair pair) throws Exception {
		return new RSAKey.Builder((java.security.interfaces.RSAPublicKey) pair.getPublic()).build()
			.computeThumbprint()
			.toString();
	}

	static Resource publicPem(KeyPair pair) {
		return pem("PUBLIC KEY", pair.getPublic().getEncoded());
	}

	static Resource privatePem(KeyPair pair) {
		return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
	}

	private static Resource pem(String type, byte[] der) {
		String text = "-----BEGIN " + type + "-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
		return new ByteArrayResource(text.getBytes(StandardCharsets.US_ASCII), type);
	}

	static KeyPair rsa(int bits) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair ec() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
