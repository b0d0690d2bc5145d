package com.jainshikanji.common.security;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * The identity service's keys, where a token naming a key that is not among them finds
 * none. Nimbus' source fetches the keys again when no key matches (a key rotation), at
 * most as often as its rate limit allows; past that it fails the lookup, and a token with
 * a made-up {@code kid} (or an HMAC {@code alg} under the real one) was answered 503
 * "cannot be checked right now" from its third try on, as if the identity service were
 * down. Here such a lookup finds no key, so the token is refused as invalid (401), as
 * long as there are keys at all: with none to be had (the identity service unreachable
 * and nothing fetched) the failure stands and the caller is told to retry.
 */
final class KnownKeys implements JWKSource<SecurityContext>, Closeable {

	private static final JWKSelector ANY = new JWKSelector(new JWKMatcher.Builder().build());

	private final JWKSource<SecurityContext> keys;

	KnownKeys(JWKSource<SecurityContext> keys) {
		this.keys = keys;
	}

	@Override
	public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
		try {
			return this.keys.get(selector, context);
		}
		catch (RateLimitReachedException ex) {
			// Only a lookup that found no match asks for a fresh fetch; the keys in hand
			// answer this one without it, or fail it the same way when there are none.
			if (this.keys.get(ANY, context).isEmpty()) {
				throw ex;
			}
			return List.of();
		}
	}

	@Override
	public void close() throws IOException {
		if (this.keys instanceof Closeable closeable) {
			closeable.close();
		}
	}

}
