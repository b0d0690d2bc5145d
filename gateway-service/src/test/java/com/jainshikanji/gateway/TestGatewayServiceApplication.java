package com.jainshikanji.gateway;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the gateway from the IDE on this JVM's test infrastructure (embedded Redis for the
 * rate limits; tokens from test-support's issuer), in front of services on their usual
 * local ports: start those from their own {@code Test<Name>ServiceApplication}. Pass
 * {@code --server.port=...} to run it beside the local platform.
 */
public class TestGatewayServiceApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(GatewayServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("gateway"))
			.run(args);
	}

}
