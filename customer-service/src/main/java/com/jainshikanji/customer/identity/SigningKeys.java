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

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.core.io.Resource;

/**
 * The key that signs access tokens, from configuration (a PEM file or secret, never
 * committed). Its key id is the RFC 7638 thumbprint of the public key, so the id changes
 * exactly when the key does.
 */
public final class SigningKeys {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private final RSAPrivateCrtKey privateKey;

	private final RSAKey publicJwk;

	private SigningKeys(RSAPrivateCrtKey privateKey) {
		if (privateKey.getModulus().bitLength() < 2048) {
			throw new IllegalStateException("The token signing key must be an RSA key of at least 2048 bits");
		}
		this.privateKey = privateKey;
		try {
			RSAKey jwk = new RSAKey.Builder(publicKeyOf(privateKey)).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint()
				.build();
			this.publicJwk = jwk;
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not compute the signing key's id", ex);
		}
	}

	/** The key from configuration, or a generated one where that is allowed. */
	public static SigningKeys from(IdentityProperties.Tokens tokens) {
		if (tokens.signingKey() != null) {
			return new SigningKeys(read(tokens.signingKey()));
		}
		if (tokens.generateKeyIfMissing()) {
			log.warn("No identity.tokens.signing-key configured: signing with a throw-away key generated now. "
					+ "Tokens will not survive a restart; configure a key for any shared environment.");
			return new SigningKeys(generate());
		}
		throw new IllegalStateException("Configure identity.tokens.signing-key (a PEM RSA private key), or set "
				+ "identity.tokens.generate-key-if-missing=true for a local run");
	}

	public PrivateKey privateKey() {
		return this.privateKey;
	}

	public String keyId() {
		return this.publicJwk.getKeyID();
	}

	/** The public keys, as published at {@code /.well-known/jwks.json}. */
	public JWKSet publicKeys() {
		return new JWKSet(this.publicJwk);
	}

	private static RSAPrivateCrtKey read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			PrivateKey key = PemContent.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).getPrivateKey();
			if (!(key instanceof RSAPrivateCrtKey rsa)) {
				throw new IllegalStateException("The token signing key " + resource + " is not an RSA private key");
			}
			return rsa;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the token signing key " + resource, ex);
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
