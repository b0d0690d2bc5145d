package com.jainshikanji.notification.channel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * OAuth2 access tokens for Firebase Cloud Messaging, from a service account (RFC 7523, as
 * Google's server-to-server flow does it): a JWT signed with the account's key (RS256,
 * scope firebase.messaging, an hour's validity) is traded at the token endpoint for an
 * access token, which is kept until a minute before it expires.
 */
public class FcmAccessTokens {

	static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

	static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";

	private static final Duration ASSERTION_LIFETIME = Duration.ofHours(1);

	private static final Duration EXPIRY_MARGIN = Duration.ofMinutes(1);

	private final ServiceAccount account;

	private final RestClient client;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private @Nullable String token;

	private Instant expiresAt = Instant.MIN;

	public FcmAccessTokens(ServiceAccount account, RestClient client, Clock clock) {
		this.account = account;
		this.client = client;
		this.clock = clock;
	}

	/** A valid access token, obtaining a new one if the last is (nearly) expired. */
	public synchronized String accessToken() {
		Instant now = this.clock.instant();
		if (this.token == null || !now.isBefore(this.expiresAt)) {
			MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
			form.add("grant_type", GRANT_TYPE);
			form.add("assertion", assertion(now));
			TokenBody body = this.client.post()
				.uri(this.account.tokenUri())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(TokenBody.class);
			if (body == null || body.access_token() == null) {
				throw new IllegalStateException("The token endpoint answered without an access token");
			}
			long lifetime = (body.expires_in() != null) ? body.expires_in() : 3600;
			this.token = body.access_token();
			this.expiresAt = now.plusSeconds(lifetime).minus(EXPIRY_MARGIN);
		}
		return this.token;
	}

	/** Forgets the current token, which the API refused. */
	public synchronized void invalidate() {
		this.token = null;
	}

	/** The signed JWT that asks for an access token. */
	String assertion(Instant now) {
		Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT");
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.account.clientEmail());
		claims.put("scope", SCOPE);
		claims.put("aud", this.account.tokenUri().toString());
		claims.put("iat", now.getEpochSecond());
		claims.put("exp", now.plus(ASSERTION_LIFETIME).getEpochSecond());
		String signingInput = base64(this.json.writeValueAsBytes(header)) + "."
				+ base64(this.json.writeValueAsBytes(claims));
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(this.account.privateKey());
			signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
			return signingInput + "." + base64(signature.sign());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign the FCM token request", ex);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The token endpoint's answer (RFC 6749 section 5.1 names). */
	record TokenBody(@Nullable String access_token, @Nullable Long expires_in, @Nullable String token_type) {
	}

}
