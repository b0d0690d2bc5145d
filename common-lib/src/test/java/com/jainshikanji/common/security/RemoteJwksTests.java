package com.jainshikanji.common.security;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Resource servers fetch the identity service's keys, cache them, and follow a key
 * rotation.
 */
class RemoteJwksTests {

	private final KeyPair current = rsa();

	private final KeyPair next = rsa();

	private final AtomicReference<JWKSet> published = new AtomicReference<>();

	private final AtomicInteger fetches = new AtomicInteger();

	/** Fetches answered with the keys. */
	private final AtomicInteger served = new AtomicInteger();

	private final AtomicBoolean available = new AtomicBoolean(true);

	private HttpServer server;

	private URI jwks;

	private final List<JWKSource<SecurityContext>> sources = new ArrayList<>();

	private JwtDecoder decoder;

	@BeforeEach
	void startIdentityService() throws IOException {
		this.published.set(new JWKSet(jwk(this.current, "current")));
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/.well-known/jwks.json", (exchange) -> {
			this.fetches.incrementAndGet();
			if (!this.available.get()) {
				exchange.sendResponseHeaders(503, -1);
				exchange.close();
				return;
			}
			this.served.incrementAndGet();
			byte[] body = this.published.get().toString(true).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.start();
		this.jwks = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json");
		this.decoder = decoder(Duration.ofMinutes(10), Duration.ofSeconds(2));
	}

	@AfterEach
	void stopIdentityService() throws IOException {
		this.server.stop(0);
		for (JWKSource<SecurityContext> source : this.sources) {
			((Closeable) source).close();
		}
	}

	private JwtDecoder decoder(Duration cacheTtl, Duration timeout) {
		return AccessTokens.decoder(keys(cacheTtl, timeout), properties(cacheTtl, timeout));
	}

	private JWKSource<SecurityContext> keys(Duration cacheTtl, Duration timeout) {
		JWKSource<SecurityContext> keys = AccessTokens.remoteKeys(properties(cacheTtl, timeout));
		this.sources.add(keys);
		return keys;
	}

	private JwtProperties properties(Duration cacheTtl, Duration timeout) {
		return properties(cacheTtl, Duration.ofMillis(300), timeout);
	}

	private JwtProperties properties(Duration cacheTtl, Duration refreshMinInterval, Duration timeout) {
		return new JwtProperties("https://auth.jainshikanji.in", "jainshikanji-api", this.jwks, cacheTtl,
				refreshMinInterval, timeout, Duration.ofHours(1), Duration.ofSeconds(30));
	}

	@Test
	void keysAreFetchedWhenTheServiceIsReadyBeforeAnyRequestAsksForThem() {
		KeysPrefetch prefetch = new KeysPrefetch(keys(Duration.ofMinutes(10), Duration.ofSeconds(2)),
				Duration.ofMillis(300));

		prefetch.fetchUntilFetched();

		assertThat(this.fetches).hasValue(1);
		this.decoder.decode(token(this.current, "current", "CUSTOMER"));
	}

	@Test
	void aServiceReadyBeforeTheIdentityServiceFetchesTheKeysOnceTheIdentityServiceAnswers() {
		this.available.set(false);
		JWKSource<SecurityContext> keys = keys(Duration.ofMinutes(10), Duration.ofMillis(200));
		KeysPrefetch prefetch = new KeysPrefetch(keys, Duration.ofMillis(300));

		prefetch.onApplicationEvent(null);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.fetches.get() >= 2);
		this.available.set(true);

		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.served).hasValue(1));
		int fetched = this.fetches.get();
		AccessTokens.decoder(keys, properties(Duration.ofMinutes(10), Duration.ofMillis(200)))
			.decode(token(this.current, "current", "CUSTOMER"));
		assertThat(this.fetches).as("fetches after the keys were in").hasValue(fetched);
	}

	@Test
	void aPrefetchGivesUpAfterItsAttemptsWhileTheIdentityServiceStaysDown() {
		this.available.set(false);
		KeysPrefetch prefetch = new KeysPrefetch(keys(Duration.ofMinutes(10), Duration.ofMillis(200)),
				Duration.ofMillis(1));

		prefetch.fetchUntilFetched();

		assertThat(this.served).hasValue(0);
		// Each attempt is at most one fetch and its one retry, fewer when rate-limited.
		assertThat(this.fetches.get()).isBetween(1, 2 * KeysPrefetch.ATTEMPTS);
	}

	@Test
	void keysAreFetchedAgainAheadOfTheirExpiryWithoutARequestAskingForThem() {
		JwtDecoder decoder = decoder(Duration.ofSeconds(2), Duration.ofMillis(200));
		decoder.decode(token(this.current, "current", "CUSTOMER"));
		assertThat(this.fetches).hasValue(1);

		// Fetched again half a second before the 2 s expiry, in the background.
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(this.fetches.get()).isGreaterThan(1));
	}

	@Test
	void theLastKeysStayInUseWhileTheIdentityServiceCannotBeReached() throws Exception {
		JwtDecoder decoder = decoder(Duration.ofSeconds(2), Duration.ofMillis(200));
		decoder.decode(token(this.current, "current", "CUSTOMER"));
		this.server.stop(0);
		// Past the cache's time to live: the keys could not be fetched again.
		Thread.sleep(2500);

		Jwt jwt = decoder.decode(token(this.current, "current", "ADMIN"));

		assertThat(AccessTokens.user(jwt).isAdmin()).isTrue();
	}

	@Test
	void keysAreFetchedOnceAndThenServedFromTheCache() {
		for (int i = 0; i < 5; i++) {
			Jwt jwt = this.decoder.decode(token(this.current, "current", "CUSTOMER"));
			assertThat(AccessTokens.user(jwt).roles()).containsExactly(Role.CUSTOMER);
		}
		assertThat(this.fetches).hasValue(1);
	}

	@Test
	void aTokenUnderANewKeyIdMakesTheKeysBeFetchedAgain() throws Exception {
		this.decoder.decode(token(this.current, "current", "CUSTOMER"));
		// The identity service rotates: the new key is published next to the old one.
		this.published.set(new JWKSet(List.of(jwk(this.current, "current"), jwk(this.next, "next"))));
		Thread.sleep(400);

		Jwt jwt = this.decoder.decode(token(this.next, "next", "ADMIN"));

		assertThat(AccessTokens.user(jwt).isAdmin()).isTrue();
		assertThat(this.fetches).hasValue(2);
		this.decoder.decode(token(this.current, "current", "CUSTOMER"));
		assertThat(this.fetches).hasValue(2);
	}

	@Test
	void madeUpKeyIdsCannotMakeTheServiceHammerTheIdentityService() {
		this.decoder.decode(token(this.current, "current", "CUSTOMER"));
		List<String> forged = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			forged.add(token(this.next, "forged-" + i, "ADMIN"));
		}
		long started = System.nanoTime();
		for (String token : forged) {
			assertThatExceptionOfType(JwtException.class).isThrownBy(() -> this.decoder.decode(token));
		}
		// At most one fetch per 300 ms refresh interval, however many made-up key ids
		// arrive (on a loaded machine the loop may span more than one interval).
		long intervals = Duration.ofNanos(System.nanoTime() - started).toMillis() / 300;
		assertThat(this.fetches.get()).isLessThanOrEqualTo(2 + (int) intervals).isLessThan(21);
	}

	@Test
	void aTokenUnderAKeyIdTheIdentityServiceDoesNotPublishIsInvalidHoweverOftenItComes() {
		// The production interval: every forged token after the first finds the
		// refresh rate-limited.
		JwtProperties properties = properties(Duration.ofMinutes(10), Duration.ofSeconds(30), Duration.ofSeconds(2));
		JWKSource<SecurityContext> keys = AccessTokens.remoteKeys(properties);
		this.sources.add(keys);
		JwtDecoder decoder = AccessTokens.decoder(keys, properties);
		decoder.decode(token(this.current, "current", "CUSTOMER"));

		for (int i = 0; i < 5; i++) {
			String forged = token(this.next, "forged-" + i, "ADMIN");
			// BadJwtException: a 401 invalid_token; any other JwtException is "cannot be
			// checked right now", a 503.
			assertThatExceptionOfType(BadJwtException.class).as("forged token %d", i)
				.isThrownBy(() -> decoder.decode(forged));
		}
		assertThat(this.fetches.get()).isLessThanOrEqualTo(2);
	}

	@Test
	void withNoKeysToBeHadATokenCannotBeCheckedRatherThanBeingRefused() {
		this.available.set(false);
		JwtDecoder decoder = decoder(Duration.ofMinutes(10), Duration.ofMillis(200));

		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(JwtException.class).as("attempt %d", i)
				.isThrownBy(() -> decoder.decode(token(this.current, "current", "CUSTOMER")))
				.isNotInstanceOf(BadJwtException.class);
		}
	}

	@Test
	void aTokenSignedWithAnUnpublishedKeyIsRefusedEvenUnderAKnownKeyId() {
		assertThatExceptionOfType(JwtException.class)
			.isThrownBy(() -> this.decoder.decode(token(this.next, "current", "ADMIN")));
	}

	private static String token(KeyPair keys, String keyId, String role) {
		Instant now = Instant.now();
		return Jwts.builder()
			.header()
			.keyId(keyId)
			.type("at+jwt")
			.and()
			.issuer("https://auth.jainshikanji.in")
			.audience()
			.add("jainshikanji-api")
			.and()
			.subject(UUID.randomUUID().toString())
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(300)))
			.claim("roles", List.of(role))
			.signWith(keys.getPrivate(), Jwts.SIG.RS256)
			.compact();
	}

	private static RSAKey jwk(KeyPair keys, String keyId) {
		return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).keyID(keyId).algorithm(JWSAlgorithm.RS256).build();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
