package com.jainshikanji.store.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;
import com.jainshikanji.common.security.Role;

/**
 * Who may call what. Browsing is open: stores, their hours, delivery zones and quotes
 * (delivery, pickup). Creating and changing stores is for admins, as are the operator
 * endpoints under {@code /api/v1/admin} (audit log, staff announcements; common-lib's
 * rule). Everything else needs a token; whether it reaches a given store's staff, hours
 * or zones is decided per request by {@code StoreAccess} (admin, or that store's active
 * manager).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** What anyone may read without a token; the API document marks everything else. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder()
			.get("/api/v1/stores", "/api/v1/stores/*", "/api/v1/stores/*/operating-hours",
					"/api/v1/stores/*/delivery-zones", "/api/v1/stores/*/delivery-zones/*",
					"/api/v1/stores/*/delivery-quote", "/api/v1/stores/*/pickup-quote")
			.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/stores")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.PUT, "/api/v1/stores/*")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.build();
	}

}
