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

	@GetMapping("/.well-known/jwks.json")
	@Operation(summary = "The JSON Web Key Set that verifies access tokens",
			description = "Cache it for 5 minutes; fetch it again when a token names an unknown key id.")
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.keys.publicKeys().toJSONObject(true));
	}

}
