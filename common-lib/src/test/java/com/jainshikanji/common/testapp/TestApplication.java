package com.jainshikanji.common.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.jainshikanji.common.security.PublicEndpoints;
import com.jainshikanji.common.security.ResourceServer;

/**
 * A small service built on common-lib, to test the library as services use it. It trusts
 * test-support's token issuer, whose keys it fetches over HTTP like any service.
 */
@SpringBootApplication
public class TestApplication {

	/** The sample menu is open; everything else needs a token. */
	@Bean
	PublicEndpoints publicEndpoints() {
		return PublicEndpoints.builder().get("/samples/menu").build();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, ResourceServer resourceServer) throws Exception {
		return resourceServer.apply(http)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.build();
	}

}
