package com.jainshikanji.gateway;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Redis unreachable, the configured policy decides, and every such request is
 * counted.
 */
class RedisOutageTests {

	/** Nothing listens on port 1: every Redis call fails at once. */
	private static final String REDIS_DOWN = "spring.data.redis.port=1";

	@Nested
	@GatewayTest
	@TestPropertySource(properties = { REDIS_DOWN, "gateway.rate-limit.on-redis-failure=ALLOW" })
	class WhenThePolicyIsAllow extends EchoRoutes {

		@Autowired
		WebTestClient client;

		@Autowired
		MeterRegistry meters;

		@Test
		void requestsAreServedUnlimitedAndCounted() {
			double before = failures(this.meters, "allow");
			for (int i = 0; i < 3; i++) {
				this.client.get()
					.uri("/api/v1/customers/me")
					.headers((h) -> h.setBearerAuth(TestTokens.customer()))
					.exchange()
					.expectStatus()
					.isOk()
					.expectHeader()
					.doesNotExist("X-RateLimit-Remaining");
			}
			assertThat(failures(this.meters, "allow") - before).isEqualTo(3);
		}

		@Test
		void theGatewayStaysReadyToTakeTraffic() {
			// An unready gateway would be taken out of its load balancer: every request
			// refused for a limiter that is meant to step aside.
			this.client.get().uri("/readyz").exchange().expectStatus().isOk();
		}

	}

	@Nested
	@GatewayTest
	@TestPropertySource(properties = { REDIS_DOWN, "gateway.rate-limit.on-redis-failure=DENY" })
	class WhenThePolicyIsDeny extends EchoRoutes {

		@Autowired
		WebTestClient client;

		@Autowired
		MeterRegistry meters;

		@Test
		void requestsAreRefusedWith503AndCounted() {
			double before = failures(this.meters, "deny");
			this.client.get()
				.uri("/api/v1/products")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectHeader()
				.exists("Retry-After")
				.expectBody()
				.jsonPath("$.type")
				.isEqualTo("https://api.jainshikanji.in/problems/service-unavailable");
			assertThat(failures(this.meters, "deny") - before).isEqualTo(1);
			// Health and docs are not rate limited, so they stay up.
			this.client.get().uri("/livez").exchange().expectStatus().isOk();
		}

	}

	static double failures(MeterRegistry meters, String policy) {
		var counter = meters.find("gateway.ratelimit.store.failures").tag("policy", policy).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
