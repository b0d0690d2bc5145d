package com.jainshikanji.order.config;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;
import com.jainshikanji.common.security.Role;

/**
 * Who may call what, by path. Nothing is public. Only customers place orders; a store's
 * queue is for staff and admins. Everything else needs a token, and whose order it
 * reaches is decided per request ({@code OrderAccess}): the customer's own, their store's
 * for staff, any for admins; anyone else's looks like no order at all (404).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.none();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests
				// A live stream (Server-Sent Events) ends with an async dispatch of the
				// request that was authorized when it started; the token is not checked a
				// second time.
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/orders")
				.hasRole(Role.CUSTOMER.name())
				.requestMatchers("/api/v1/orders/store/**")
				.hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.build();
	}

}
