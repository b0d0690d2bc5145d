package com.jainshikanji.common;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.jsonwebtoken.Jwts;

import com.jainshikanji.common.testapp.TestApplication;

/**
 * Access tokens as the identity service would issue them, signed with the test app's
 * trusted key.
 */
final class TestTokens {

	private TestTokens() {
	}

	static String forRoles(String... roles) {
		Instant now = Instant.now();
		return Jwts.builder()
			.header()
			.keyId(TestApplication.KEY_ID)
			.type("at+jwt")
			.and()
			.issuer("https://auth.jainshikanji.in")
			.audience()
			.add("jainshikanji-api")
			.and()
			.subject(UUID.randomUUID().toString())
			.issuedAt(Date.from(now))
			.expiration(Date.from(now.plusSeconds(300)))
			.claim("roles", List.of(roles))
			.signWith(TestApplication.KEYS.getPrivate(), Jwts.SIG.RS256)
			.compact();
	}

}
