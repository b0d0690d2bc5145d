package com.jainshikanji.customer.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;
import com.jainshikanji.common.security.Role;

/**
 * Who may call what. Open: register, login, refresh, service tokens (client credentials),
 * verifying an email address and resetting a forgotten password, and the public keys.
 * Whether a user exists ({@code /api/v1/users}) and which sessions ended lately
 * ({@code /api/v1/auth/ended-sessions}, for the gateway) are for the platform's services
 * alone (role SERVICE): everyone else is refused (403) before anything is looked up.
 * Everything else needs a valid access token; which customer's data a token reaches is
 * decided per request (self, or admin), and a SERVICE token reaches none. Public so that
 * web slice tests can import it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder()
			.post("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/service-token",
					"/api/v1/auth/verify-email", "/api/v1/auth/forgot-password", "/api/v1/auth/reset-password")
			.get("/.well-known/jwks.json")
			.build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/api/v1/users/**", "/api/v1/auth/ended-sessions")
						.hasRole(Role.SERVICE.name())
						.anyRequest()
						.authenticated())
			.build();
	}

}
