package com.jainshikanji.analytics.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;

/**
 * Who may call what, by path. Open ({@link #publicEndpoints()}): the apps' visit events
 * (anonymous visitors included) and the dashboard page with its scripts and styles; the
 * page then calls the API with the signed-in user's token like any other client. Figures
 * are for staff and admins (which stores, decided per request: {@code AnalyticsAccess});
 * the rebuild is an admin path.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Everything callable without a token; the API docs mark every other operation. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder().post("/api/v1/analytics/event").get(WebConfiguration.PAGE_PATHS).build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/v1/analytics/**")
				.hasAnyRole("STAFF", "ADMIN")
				.anyRequest()
				.authenticated())
			.build();
	}

}
