package com.jainshikanji.common.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.util.ReflectionTestUtils;

import com.jainshikanji.common.CommonLibTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service without keys of its own verifies tokens with the identity service's keys, and
 * fetches those once it is ready rather than on its first request.
 */
@CommonLibTest
class KeysPrefetchWiringTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JWKSource<SecurityContext> keys;

	@Test
	void theKeysTheServiceVerifiesTokensWithAreFetchedWhenItIsReady() {
		assertThat(this.context.getBeansOfType(KeysPrefetch.class).values()).singleElement()
			.satisfies((prefetch) -> assertThat(ReflectionTestUtils.getField(prefetch, "keys")).isSameAs(this.keys));
		Object verifier = ReflectionTestUtils.getField(this.context.getBean(JwtDecoder.class), "verifier");
		Object processor = ReflectionTestUtils.getField(verifier, "jwtProcessor");
		Object selector = ReflectionTestUtils.invokeMethod(processor, "getJWSKeySelector");
		Object verifiedWith = ReflectionTestUtils.invokeMethod(selector, "getJWKSource");
		assertThat(verifiedWith).isSameAs(this.keys);
	}

}
