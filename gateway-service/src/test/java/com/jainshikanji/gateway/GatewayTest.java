package com.jainshikanji.gateway;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

/**
 * The gateway on a random port with real Redis and real token verification
 * (test-support's token issuer serves the JWKS); every service routed to
 * {@link EchoService}, except order-service, which points at a port nobody listens on;
 * which sessions ended, the gateway asks {@link IdentityStub}. Every test starts with
 * full rate-limit budgets ({@link FreshRateLimitBudgets}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gateway.services.order-service.uri=http://127.0.0.1:9" })
// The default 5 s per exchange is too short on a loaded 2-core CI machine; the gateway
// itself is not what is timed here.
@AutoConfigureWebTestClient(timeout = "30s")
@WithInfrastructure(database = "gateway")
@ExtendWith(FreshRateLimitBudgets.class)
@ActiveProfiles("test")
@ContextConfiguration(initializers = IdentityStub.class)
@interface GatewayTest {

}
