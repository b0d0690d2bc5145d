package com.jainshikanji.review.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;
import com.jainshikanji.common.security.Role;

/**
 * Who may call what, by path. Open ({@link #publicEndpoints()}): a product's reviews and
 * rating, and one review by its id (approved ones only, decided per request). Customers
 * write reviews and vote; staff and admins respond (only the fulfilling store's staff
 * whose job answers reviews, decided per review); admins moderate under
 * {@code /api/v1/admin} (admin-only for every service). Editing, deleting and a
 * customer's lists need a token; whose review or list it is is decided per request
 * ({@code ReviewAccess}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Everything callable without a token; the API docs mark every other operation. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder()
			.get("/api/v1/reviews/product/{productId}", "/api/v1/reviews/{reviewId}")
			.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		String customer = Role.CUSTOMER.name();
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/reviews")
				.hasRole(customer)
				.requestMatchers("/api/v1/reviews/*/helpful")
				.hasRole(customer)
				.requestMatchers(HttpMethod.PUT, "/api/v1/reviews/*/response")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.build();
	}

}
