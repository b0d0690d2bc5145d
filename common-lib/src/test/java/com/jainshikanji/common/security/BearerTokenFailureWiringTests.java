package com.jainshikanji.common.security;

import java.util.List;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;

import com.jainshikanji.common.CommonLibTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's bearer-token filter answers a token that could not be checked with
 * {@link BearerTokenFailureHandler}'s 503, not Spring Security's rethrow (a 500).
 */
@CommonLibTest
class BearerTokenFailureWiringTests {

	@Autowired
	FilterChainProxy filterChains;

	@Test
	void theBearerTokenFilterOfTheServicesChainUsesTheProblemFailureHandler() {
		List<Filter> bearerFilters = this.filterChains.getFilterChains()
			.stream()
			.flatMap((chain) -> chain.getFilters().stream())
			.filter(BearerTokenAuthenticationFilter.class::isInstance)
			.toList();

		assertThat(bearerFilters).isNotEmpty()
			.allSatisfy((filter) -> assertThat(ReflectionTestUtils.getField(filter, "authenticationFailureHandler"))
				.isInstanceOf(BearerTokenFailureHandler.class));
	}

}
