package com.jainshikanji.common.security;

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
 * waiters, who were answered 503. If this fetch fails, it only logs; the first request
 * fetches them, as before.
 */
public final class KeysPrefetch implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(KeysPrefetch.class);

	private final JWKSource<SecurityContext> keys;

	public KeysPrefetch(JWKSource<SecurityContext> keys) {
		this.keys = keys;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Thread.ofVirtual().name("identity-keys-prefetch").start(this::fetch);
	}

	void fetch() {
		try {
			int count = this.keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null).size();
			log.debug("Fetched the identity service's {} signing key(s)", count);
		}
		catch (KeySourceException ex) {
			log.warn("Could not fetch the identity service's keys at start-up ({}); the first request will",
					ex.getMessage());
		}
	}

}
