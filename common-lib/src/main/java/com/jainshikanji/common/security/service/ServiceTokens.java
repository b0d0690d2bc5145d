package com.jainshikanji.common.security.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * This service's own access token (role SERVICE), fetched from the identity service with
 * the client credentials of {@link ServiceClientProperties} and cached until shortly
 * before it expires. Thread-safe: concurrent callers share one fetch.
 *
 * <p>
 * Use it as an interceptor on the {@code RestClient} of a downstream service, for calls
 * only a service may make:
 *
 * <pre class="code">
 * RestClient inventory = builder.baseUrl(url).requestInterceptor(serviceTokens).build();
 * </pre>
 */
public class ServiceTokens implements ClientHttpRequestInterceptor {

	private final RestClient identity;

	private final ServiceClientProperties properties;

	private final Clock clock;

	private @Nullable Token cached;

	public ServiceTokens(RestClient identity, ServiceClientProperties properties, Clock clock) {
		this.identity = identity;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A valid token, fetched if none is cached or the cached one is about to expire.
	 * @throws org.springframework.web.client.RestClientException if the identity service
	 * cannot be reached or refuses the credentials
	 */
	public synchronized String current() {
		Instant now = this.clock.instant();
		if (this.cached == null || !now.isBefore(this.cached.expiresAt().minus(this.properties.refreshBefore()))) {
			TokenResponse response = this.identity.post()
				.uri(this.properties.tokenUri())
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("clientId", String.valueOf(this.properties.clientId()), "clientSecret",
						String.valueOf(this.properties.clientSecret())))
				.retrieve()
				.body(TokenResponse.class);
			if (response == null || response.accessToken() == null) {
				throw new IllegalStateException("The identity service answered no service token");
			}
			this.cached = new Token(response.accessToken(), now.plusSeconds(response.expiresIn()));
		}
		return this.cached.value();
	}

	/** Forgets the cached token, e.g. after a downstream service refused it. */
	public synchronized void invalidate() {
		this.cached = null;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws java.io.IOException {
		request.getHeaders().setBearerAuth(current());
		return execution.execute(request, body);
	}

	private record Token(String value, Instant expiresAt) {
	}

	/**
	 * The identity service's answer.
	 *
	 * @param accessToken the token
	 * @param expiresIn its lifetime in seconds
	 */
	record TokenResponse(@Nullable String accessToken, long expiresIn) {
	}

}
