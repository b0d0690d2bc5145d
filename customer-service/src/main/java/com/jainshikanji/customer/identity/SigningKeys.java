package com.jainshikanji.customer.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.Resource;

/**
 * The key that signs access tokens, from configuration (a PEM file or secret, never
 * committed), and the public keys published with it. Each key id is the RFC 7638
 * thumbprint of the public key, so an id changes exactly when its key does.
 *
 * <p>
 * The published keys besides the signing one are what makes a rotation safe (docs,
 * "Rotating the token signing key"): the next key is published before anything signs with
 * it, so every service has it in its cached JWKS by the time tokens name it, and the
 * previous one stays published until the tokens it signed have expired. Every replica of
 * this service publishes the same set whichever of the two keys it signs with, so during
 * a rolling update each trusts the tokens of the others.
 */
public final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final Pattern PUBLIC_KEY = Pattern
		.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

	private final RSAPrivateCrtKey privateKey;

	private final String keyId;

	private final JWKSet publicKeys;

	private SigningKeys(RSAPrivateCrtKey privateKey, List<RSAKey> published) {
		this.privateKey = privateKey;
		RSAKey signing = jwk(publicKeyOf(privateKey), "The token signing key");
		this.keyId = signing.getKeyID();
		// By thumbprint: the signing key listed again (as a rotation's configuration
		// does on purpose) is published once.
		Map<String, JWK> byId = new LinkedHashMap<>();
		byId.put(signing.getKeyID(), signing);
		published.forEach((key) -> byId.putIfAbsent(key.getKeyID(), key));
		this.publicKeys = new JWKSet(List.copyOf(byId.values()));
	}

	/**
	 * The keys from configuration, with a generated signing key where that is allowed.
	 */
	public static SigningKeys from(IdentityProperties.Tokens tokens) {
		List<RSAKey> published = new ArrayList<>();
		for (int i = 0; i < tokens.publishedKeys().size(); i++) {
			published.add(published(tokens.publishedKeys().get(i), "identity.tokens.published-keys[" + i + "]"));
		}
		if (tokens.signingKey() != null) {
			return new SigningKeys(read(tokens.signingKey()), published);
		}
		if (tokens.generateKeyIfMissing()) {
			log.warn("No identity.tokens.signing-key configured: signing with a throw-away key generated now. "
					+ "Tokens will not survive a restart; configure a key for any shared environment.");
			return new SigningKeys(generate(), published);
		}
		throw new IllegalStateException("Configure identity.tokens.signing-key (a PEM RSA private key), or set "
				+ "identity.tokens.generate-key-if-missing=true for a local run");
	}

	public PrivateKey privateKey() {
		return this.privateKey;
	}

	/** The id of the signing key, which every token it signs names. */
	public String keyId() {
		return this.keyId;
	}

	/**
	 * The public keys, as published at {@code /.well-known/jwks.json} and trusted by this
	 * service itself: the signing key first, then the other published ones.
	 */
	public JWKSet publicKeys() {
		return this.publicKeys;
	}

	private static RSAPrivateCrtKey read(Resource resource) {
		String description = "The token signing key " + resource;
		if (!(privateKeyIn(text(resource, description), description) instanceof RSAPrivateCrtKey rsa)) {
			throw new IllegalStateException(description + " is not a PEM RSA private key");
		}
		return rsa;
	}

	/**
	 * A published key: a PEM public key ({@code openssl pkey -pubout}), or a private key
	 * whose public half is published.
	 */
	private static RSAKey published(Resource resource, String property) {
		String description = "The published token key " + property + " (" + resource + ")";
		String text = text(resource, description);
		Matcher publicKey = PUBLIC_KEY.matcher(text);
		if (publicKey.find()) {
			try {
				byte[] encoded = Base64.getMimeDecoder().decode(publicKey.group(1).strip());
				return jwk((RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded)),
						description);
			}
			catch (IllegalArgumentException | InvalidKeySpecException ex) {
				throw new IllegalStateException(description + " is not an RSA public key", ex);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}
		PrivateKey privateKey = privateKeyIn(text, description);
		if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
			throw new IllegalStateException(
					description + " holds neither a PEM RSA public key (BEGIN PUBLIC KEY) nor an RSA private key");
		}
		return jwk(publicKeyOf(rsa), description);
	}

	private static @Nullable PrivateKey privateKeyIn(String text, String description) {
		try {
			return PemContent.of(text).getPrivateKey();
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(description + " could not be read as a PEM key", ex);
		}
	}

	private static String text(Resource resource, String description) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(description + " could not be read", ex);
		}
	}

	/** The public JWK of an RSA key of at least 2048 bits, with its thumbprint as id. */
	private static RSAKey jwk(RSAPublicKey key, String description) {
		if (key.getModulus().bitLength() < 2048) {
			throw new IllegalStateException(
					description + " must be an RSA key of at least 2048 bits, not " + key.getModulus().bitLength());
		}
		try {
			return new RSAKey.Builder(key).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(description + ": could not compute its key id", ex);
		}
	}

	private static RSAPrivateCrtKey generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAPublicKey publicKeyOf(RSAPrivateCrtKey privateKey) {
		try {
			return (RSAPublicKey) KeyFactory.getInstance("RSA")
				.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
