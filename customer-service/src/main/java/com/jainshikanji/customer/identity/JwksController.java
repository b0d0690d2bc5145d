package com.jainshikanji.customer.identity;

import java.time.Duration;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public keys that verify access tokens (RFC 7517), for the gateway and every
 * service.
 */
@RestController
@Tag(name = "Keys", description = "The public keys that verify access tokens, for the gateway and every service.")
class JwksController {

	private final SigningKeys keys;

	JwksController(SigningKeys keys) {
		this.keys = keys;
	}

	/**
	 * The keys, cacheable for 5 minutes by any HTTP cache on the way. The services' own
	 * cache ({@code jainshikanji.security.jwt.jwks-cache-ttl}, 10 minutes) ignores this
	 * header; a key rotation waits out the longer of the two before signing with a newly
	 * published key, so this must stay the shorter (docs, "Rotating the token signing
	 * key").
	 */
	@GetMapping("/.well-known/jwks.json")
	@Operation(summary = "The JSON Web Key Set that verifies access tokens",
			description = "Cache it for 5 minutes; fetch it again when a token names an unknown key id.")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.keys.publicKeys().toJSONObject(true));
	}

}
