package com.jainshikanji.payment.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;

/**
 * Who may call what, by path. Open ({@link #publicEndpoints()}): Razorpay's webhook,
 * trusted by its signature. Customers initiate and verify their payments; staff and
 * admins refund, list the refunds owed that Razorpay refused, and record those they gave
 * back outside Razorpay. Reading is for any signed-in user. Whose payments they see, and
 * whether a staff member's job at the store lets them refund, is decided per request
 * ({@code PaymentAccess}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Everything callable without a token; the API docs mark every other operation. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder().post("/api/v1/payments/webhook").build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/payments/initiate", "/api/v1/payments/verify")
				.hasRole("CUSTOMER")
				.requestMatchers(HttpMethod.POST, "/api/v1/payments/*/refund",
						"/api/v1/payments/*/refund-owed/settlement")
				.hasAnyRole("STAFF", "ADMIN")
				.requestMatchers(HttpMethod.GET, "/api/v1/payments/refunds-owed")
				.hasAnyRole("STAFF", "ADMIN")
				.anyRequest()
				.authenticated())
			.build();
	}

}
