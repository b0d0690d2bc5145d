package com.jainshikanji.testsupport.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;
import io.jsonwebtoken.Jwts;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the identity service in a service's own tests: signs access tokens
 * exactly as customer-service does (RS256, {@code typ=at+jwt}, same issuer, audience and
 * claims) and serves the public key as a JWKS over real HTTP, so the service under test
 * verifies tokens the way it does in production. {@code @WithInfrastructure} points
 * {@code jainshikanji.security.jwt.jwk-set-uri} here.
 */
public final class TestTokens {

	public static final String ISSUER = "https://auth.jainshikanji.in";

	public static final String AUDIENCE = "jainshikanji-api";

	private static final String KEY_ID = "test-signing-key";

	private static final KeyPair KEYS = generate();

	private static volatile String jwkSetUri;

	private TestTokens() {
	}

	/** A token for a new customer. */
	public static String customer() {
		return customer(UUID.randomUUID());
	}

	public static String customer(UUID userId) {
		return token(userId, List.of("CUSTOMER"), List.of());
	}

	/** A token for a manager of the given stores (staff who may do every store duty). */
	public static String staffOf(UUID... storeIds) {
		return staff(UUID.randomUUID(), storeIds);
	}

	/** A token for a manager of the given stores. */
	public static String staff(UUID userId, UUID... storeIds) {
		return staffAs("MANAGER", userId, storeIds);
	}

	/**
	 * A token for staff with the given job (MANAGER, CHEF, CASHIER, DELIVERY or SUPPORT)
	 * at each of the given stores.
	 */
	public static String staffAs(String job, UUID userId, UUID... storeIds) {
		Map<String, String> jobs = new LinkedHashMap<>();
		for (UUID storeId : storeIds) {
			jobs.put(storeId.toString(), job);
		}
		return token(userId, List.of("STAFF"), Arrays.asList(storeIds), jobs, Instant.now());
	}

	public static String admin() {
		return token(UUID.randomUUID(), List.of("ADMIN"), List.of());
	}

	/**
	 * A customer token that expired an hour ago (otherwise valid, signed with the trusted
	 * key).
	 */
	public static String expiredCustomer() {
		return token(UUID.randomUUID(), List.of("CUSTOMER"), List.of(), Map.of(),
				Instant.now().minus(Duration.ofMinutes(70)));
	}

	/**
	 * A token with any roles and stores, valid for ten minutes; it names no job at those
	 * stores, as tokens issued before jobs were carried did.
	 */
	public static String token(UUID userId, Collection<String> roles, Collection<UUID> storeIds) {
		return token(userId, roles, storeIds, Map.of(), Instant.now());
	}

	/**
	 * A token with any roles and stores issued at the given instant, valid for ten
	 * minutes from then.
	 */
	public static String issuedAt(Instant issuedAt, UUID userId, Collection<String> roles, Collection<UUID> storeIds) {
		return token(userId, roles, storeIds, Map.of(), issuedAt);
	}

	/**
	 * A staff member's token issued at the given instant with their job at each store
	 * (names of {@code StaffJob}s), valid for ten minutes from then.
	 */
	public static String staffIssuedAt(Instant issuedAt, UUID userId, Map<UUID, String> jobs) {
		Map<String, String> storeJobs = new TreeMap<>();
		jobs.forEach((store, job) -> storeJobs.put(store.toString(), job));
		return token(userId, List.of("CUSTOMER", "STAFF"), jobs.keySet(), storeJobs, issuedAt);
	}

	/**
	 * A customer's token naming the session it was issued for ({@code sid}), as the
	 * identity service issues users' tokens; valid for ten minutes.
	 */
	public static String customerInSession(UUID userId, UUID sessionId) {
		return token(userId, List.of("CUSTOMER"), List.of(), Map.of(), Instant.now(), sessionId);
	}

	private static String token(UUID userId, Collection<String> roles, Collection<UUID> storeIds,
			Map<String, String> jobs, Instant now) {
		return token(userId, roles, storeIds, jobs, now, null);
	}

	private static String token(UUID userId, Collection<String> roles, Collection<UUID> storeIds,
			Map<String, String> jobs, Instant now, @Nullable UUID sessionId) {
		return Jwts.builder()
			.header()
			.keyId(KEY_ID)
			.type("at+jwt")
			.and()
			.issuer(ISSUER)
			.audience()
			.add(AUDIENCE)
			.and()
			.subject(userId.toString())
			.id(UUID.randomUUID().toString())
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plus(Duration.ofMinutes(10))))
			.claim("roles", List.copyOf(roles))
			.claim("store_ids", storeIds.stream().map(UUID::toString).toList())
			.claim("store_jobs", jobs)
			.claim("sid", (sessionId != null) ? sessionId.toString() : null)
			.signWith(KEYS.getPrivate(), Jwts.SIG.RS256)
			.compact();
	}

	/** The JWKS endpoint serving the signing key; started on first use. */
	public static synchronized String jwkSetUri() {
		if (jwkSetUri == null) {
			jwkSetUri = serveJwks();
		}
		return jwkSetUri;
	}

	private static String serveJwks() {
		RSAPublicKey key = (RSAPublicKey) KEYS.getPublic();
		String body = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID
				+ "\",\"n\":\"" + base64(key.getModulus()) + "\",\"e\":\"" + base64(key.getPublicExponent()) + "\"}]}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, bytes.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "test-jwks-shutdown"));
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json";
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not serve the test JWKS", ex);
		}
	}

	private static String base64(BigInteger value) {
		byte[] bytes = value.toByteArray();
		if (bytes.length > 1 && bytes[0] == 0) {
			bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
