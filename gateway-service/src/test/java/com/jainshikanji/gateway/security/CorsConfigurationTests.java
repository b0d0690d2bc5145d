package com.jainshikanji.gateway.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.jainshikanji.gateway.config.GatewayProperties;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class CorsConfigurationTests {

	@Test
	void aWildcardOriginIsRefusedAtStartUpSinceCredentialsAreAllowed() {
		for (String origin : List.of("*", "https://*.example.com")) {
			GatewayProperties properties = new GatewayProperties(Map.of(), List.of("127.0.0.1/32"), List.of("X-User-*"),
					null, List.of("https://app.jainshikanji.in", origin), List.of(), null);
			assertThatIllegalStateException()
				.isThrownBy(() -> new SecurityConfiguration().corsConfigurationSource(properties))
				.withMessageContaining("explicit origins");
		}
	}

}
