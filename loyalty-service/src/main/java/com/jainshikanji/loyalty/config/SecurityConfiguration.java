package com.jainshikanji.loyalty.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;

/**
 * Who may call what, by path. Nothing is open. Holds are the order service's (role
 * SERVICE); campaigns, manual adjustments and changes to the reward catalog are admins';
 * a customer's points are the customer's or an admin's (decided per request); checking a
 * coupon, taking a reward and listing one's own coupons are for customers; the reward
 * catalog is for anyone signed in.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Everything callable without a token: nothing. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder().build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/v1/loyalty/holds/**")
				.hasRole("SERVICE")
				.requestMatchers("/api/v1/loyalty/campaigns/**", "/api/v1/loyalty/campaigns")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/loyalty/earn", "/api/v1/loyalty/rewards")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PUT, "/api/v1/loyalty/rewards/*")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/loyalty/rewards/*")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/loyalty/redeem")
				.hasRole("CUSTOMER")
				.requestMatchers(HttpMethod.GET, "/api/v1/loyalty/coupons")
				.hasRole("CUSTOMER")
				.requestMatchers(HttpMethod.GET, "/api/v1/loyalty/coupons/*")
				.hasAnyRole("CUSTOMER", "ADMIN")
				.anyRequest()
				.authenticated())
			.build();
	}

}
