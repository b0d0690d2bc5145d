package com.jainshikanji.common.security;

import java.time.Duration;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Fetches the identity service's keys in the background as soon as the application is
 * ready. Fetched lazily, the keys were fetched by the first request, and every request
 * arriving meanwhile waited for that one fetch: on a busy machine the fetch outlasted the
 * waiters, who were answered 503. A service may be ready before the identity service is
 * (the gateway usually is), so a failed fetch is tried again, every {@code retryEvery}
 * (the keys' least time between two fetches: retrying sooner would only take the fetch a
 * request may need), until the keys are in or {@value #ATTEMPTS} attempts were made; a
 * request finding no keys fetches them itself.
 */
public final class KeysPrefetch implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(KeysPrefetch.class);

	static final int ATTEMPTS = 10;

	private final JWKSource<SecurityContext> keys;

	private final Duration retryEvery;

	public KeysPrefetch(JWKSource<SecurityContext> keys, Duration retryEvery) {
		this.keys = keys;
		this.retryEvery = retryEvery;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Thread.ofVirtual().name("identity-keys-prefetch").start(this::fetchUntilFetched);
	}

	void fetchUntilFetched() {
		for (int attempt = 1; !fetch(attempt); attempt++) {
			if (attempt == ATTEMPTS) {
				return;
			}
			try {
				Thread.sleep(this.retryEvery);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private boolean fetch(int attempt) {
		try {
			int count = this.keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
			log.debug("Fetched the identity service's {} signing key(s), attempt {}", count, attempt);
			return true;
		}
		catch (KeySourceException ex) {
			if (attempt == 1 || attempt == ATTEMPTS) {
				log.warn("Could not fetch the identity service's keys ({}), attempt {} of {}", ex.getMessage(), attempt,
						ATTEMPTS);
			}
			return false;
		}
	}

}
