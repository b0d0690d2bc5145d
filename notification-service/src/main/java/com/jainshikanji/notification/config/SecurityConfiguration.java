package com.jainshikanji.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;
import com.jainshikanji.common.security.Role;

/**
 * Who may call what. Nothing is public. Templates, the delivery log and sending are for
 * admins; everything else needs a token, and whose notifications, preferences and devices
 * it reaches is decided per request (the user themselves, or an admin). Public so that
 * web slice tests can import it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.none();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/api/v1/notifications/templates", "/api/v1/notifications/templates/**",
						"/api/v1/notifications/deliveries", "/api/v1/notifications/deliveries/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/notifications/send")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.build();
	}

}
