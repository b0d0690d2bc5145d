package com.jainshikanji.inventory.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;

/**
 * Who may call what, by path. Open ({@link #publicEndpoints()}): browsing products and
 * categories, and pricing a product or the items of an order. Admins manage the catalog
 * and suppliers (staff may read suppliers, to order from them). Reservations are for
 * other services (order placement) and admins. The rest of {@code /api/v1/inventory} is
 * for staff and admins; which store a staff member reaches, and what their job there lets
 * them change, is decided per request ({@code StoreAccess}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String[] CATALOG = { "/api/v1/products", "/api/v1/products/**", "/api/v1/categories",
			"/api/v1/categories/**" };

	private static final String[] SUPPLIERS = { "/api/v1/suppliers", "/api/v1/suppliers/**" };

	private static final String[] RESERVATIONS = { "/api/v1/inventory/reservations",
			"/api/v1/inventory/reservations/**" };

	/** Everything callable without a token; the API docs mark every other operation. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder()
			.get(CATALOG)
			.post("/api/v1/products/*/price", "/api/v1/products/prices")
			.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(CATALOG)
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.GET, SUPPLIERS)
				.hasAnyRole("ADMIN", "STAFF")
				.requestMatchers(SUPPLIERS)
				.hasRole("ADMIN")
				.requestMatchers(RESERVATIONS)
				.hasAnyRole("SERVICE", "ADMIN")
				.requestMatchers("/api/v1/inventory/**")
				.hasAnyRole("STAFF", "ADMIN")
				.anyRequest()
				.authenticated())
			.build();
	}

}
