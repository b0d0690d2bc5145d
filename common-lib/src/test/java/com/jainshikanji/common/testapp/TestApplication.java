package com.jainshikanji.common.testapp;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.ResourceServer;

/** A small service built on common-lib, to test the library as services use it. */
@SpringBootApplication
public class TestApplication {

	/** The key the tests sign tokens with; its public half is what the app trusts. */
	public static final KeyPair KEYS = generate();

	public static final String KEY_ID = "test-key";

	@Bean
	JWKSource<SecurityContext> testKeys() {
		return new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID(KEY_ID)
			.algorithm(JWSAlgorithm.RS256)
			.build()));
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.build();
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
