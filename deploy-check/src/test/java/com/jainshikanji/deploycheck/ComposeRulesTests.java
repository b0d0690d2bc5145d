package com.jainshikanji.deploycheck;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each rule of {@link ComposeRules} catches what it is there for, on services written
 * here; OverlaysTests holds docker-compose.yml itself to them.
 */
class ComposeRulesTests {

	@Test
	void aServiceKilledBeforeTwoShutdownPhasesAreOverIsNamed() {
		Compose compose = compose(Map.of("order-service", service("1g", null), "store-service", service("1g", "30s"),
				"review-service", service("1g", "1m")));

		assertThat(ComposeRules.stopGracePeriods(compose, Duration.ofSeconds(20))).containsExactly(
				"Service order-service is killed 10 s after it is asked to stop, but Spring's shutdown may take 40 s"
						+ " (two phases of 20 s): set stop_grace_period",
				"Service store-service is killed 30 s after it is asked to stop, but Spring's shutdown may take 40 s"
						+ " (two phases of 20 s): set stop_grace_period");
	}

	@Test
	void aServiceWithoutAMemoryLimitOrOneLeavingTheJvmTooLittleIsNamed() {
		Compose compose = compose(Map.of("order-service", service("512m", "40s"), "store-service", service(null, "40s"),
				"review-service", service("1g", "40s")));

		assertThat(ComposeRules.memoryLimits(compose, 70)).containsExactly(
				"Service order-service's memory limit 512m leaves 153 MiB besides a heap of 70 % of it, under the"
						+ " 256 MiB a service's JVM needs",
				"Service store-service has no memory limit (deploy.resources.limits.memory): its heap would be sized"
						+ " from the host's memory");
	}

	@Test
	void onlyTheServicesBuiltFromTheDockerfileAreHeldToThem() {
		Map<String, Object> postgres = new LinkedHashMap<>(Map.of("image", "postgres:17-alpine"));

		assertThat(ComposeRules.all(compose(Map.of("postgres", postgres)), Fixture.PLATFORM)).isEmpty();
	}

	@Test
	void dockerSizesAndDurationsAreRead() {
		assertThat(Sizes.bytes("768m")).isEqualTo(768L << 20);
		assertThat(Sizes.bytes("1gb")).isEqualTo(1L << 30);
		assertThat(Sizes.bytes("2M")).isEqualTo(2L << 20);
		assertThat(Compose.duration("1m30s")).isEqualTo(Duration.ofSeconds(90));
		assertThat(Compose.duration("40s")).isEqualTo(Duration.ofSeconds(40));
		assertThatIllegalArgumentException().isThrownBy(() -> Compose.duration("40 seconds"));
	}

	private static Compose compose(Map<String, Map<String, Object>> services) {
		return new Compose(new TreeMap<String, Map<?, ?>>(services));
	}

	private static Map<String, Object> service(String memory, String stopGracePeriod) {
		Map<String, Object> service = new LinkedHashMap<>();
		service.put("build", Map.of("context", ".", "dockerfile", "Dockerfile"));
		if (memory != null) {
			service.put("deploy", Map.of("resources", Map.of("limits", Map.of("memory", memory))));
		}
		if (stopGracePeriod != null) {
			service.put("stop_grace_period", stopGracePeriod);
		}
		return service;
	}

}
