package com.jainshikanji.deploycheck;

import java.time.Duration;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link CapacityRules} catches what it is there for, on the
 * {@link Fixture}.
 */
class CapacityRulesTests {

	/** A copy of its own for each test (JUnit makes an instance per test). */
	final Manifests manifests = Fixture.manifests();

	@Test
	void aMemoryLimitLeavingTheJvmTooLittleBesidesItsHeapIsNamed() {
		Fixture.container(this.manifests, "order-service")
			.getResources()
			.getLimits()
			.put("memory", new Quantity("768Mi"));
		// Not a JVM of ours: no heap share to leave room beside.
		Fixture.container(this.manifests, "mailpit").getResources().getLimits().put("memory", new Quantity("64Mi"));

		assertThat(CapacityRules.memoryLimits(this.manifests, 70)).containsExactly(
				"Deployment order-service, container order-service, memory limit 768Mi leaves 230 MiB besides a heap"
						+ " of 70 % of it, under the 256 MiB a service's JVM needs");
		assertThat(CapacityRules.memoryLimits(this.manifests, 60)).isEmpty();
	}

	@Test
	void aPodKilledBeforeItsPreStopPauseAndTwoShutdownPhasesAreOverIsNamed() {
		deployment("loyalty-service").getSpec().getTemplate().getSpec().setTerminationGracePeriodSeconds(30L);

		assertThat(CapacityRules.shutdownBudgets(this.manifests, Duration.ofSeconds(20))).containsExactly(
				"Deployment loyalty-service is killed 30 s after it is asked to stop, but needs 45 s (a 5 s preStop"
						+ " pause and two shutdown phases of 20 s)");
	}

	@Test
	void aDatabaseThatCannotHoldEveryPoolAtTheAutoscalersMaximaWithARolloutsSurgeIsNamed() {
		// loyalty and orders: (10 + 1) pods x 8 each = 176, plus the reserve, over 150.
		this.manifests.all(HorizontalPodAutoscaler.class).forEach((hpa) -> hpa.getSpec().setMaxReplicas(10));
		cluster().put("postgresql", Map.of("parameters", Map.of("max_connections", "150")));

		assertThat(CapacityRules.connectionBudgets(this.manifests)).containsExactly(
				"Cluster pg allows 150 connections, but the services' pools reach 176 at their autoscalers' maxima"
						+ " with a rollout's surge, plus 10 reserved: {loyalty-service=88, order-service=88}");

		cluster().put("postgresql", Map.of("parameters", Map.of("max_connections", "186")));
		assertThat(CapacityRules.connectionBudgets(this.manifests)).isEmpty();
	}

	@Test
	void aSurgeInPercentIsRoundedUpAndAServiceWithoutAPoolSizeIsNamed() {
		this.manifests.all(HorizontalPodAutoscaler.class).forEach((hpa) -> hpa.getSpec().setMaxReplicas(10));
		deployment("order-service").getSpec().getStrategy().getRollingUpdate().setMaxSurge(new IntOrString("25%"));
		cluster().put("postgresql", Map.of("parameters", Map.of("max_connections", "190")));

		// orders: (10 + 3) x 8 = 104, loyalty 88: 192 + 10 > 190.
		assertThat(CapacityRules.connectionBudgets(this.manifests)).singleElement()
			.asString()
			.contains("reach 192")
			.contains("order-service=104");

		Fixture.one(this.manifests, ConfigMap.class, "platform").getData().remove("DB_POOL_SIZE");
		assertThat(CapacityRules.connectionBudgets(this.manifests))
			.contains("Deployment order-service sets no DB_POOL_SIZE, so Cluster pg's connections cannot be budgeted");
	}

	@Test
	void anIngressRefusingBodiesTheGatewayWouldTakeIsNamed() {
		annotations().put(CapacityRules.BODY_SIZE, "1m");

		assertThat(CapacityRules.ingressBodyLimits(this.manifests, DataSize.ofMegabytes(1))).containsExactly(
				"Ingress gateway-service refuses bodies over 1m itself, not above the gateway's limit of 1048576"
						+ " bytes: nginx's HTML 413 answers where the gateway's problem+json should (raise "
						+ CapacityRules.BODY_SIZE + ")");

		annotations().put(CapacityRules.BODY_SIZE, "0");
		assertThat(CapacityRules.ingressBodyLimits(this.manifests, DataSize.ofMegabytes(1))).isEmpty();
	}

	@Test
	void theGatewaysOwnLimitIsTheOneItsConfigMapSets() {
		Fixture.one(this.manifests, ConfigMap.class, "gateway-service").getData().put("MAX_REQUEST_BODY", "4MB");

		assertThat(CapacityRules.ingressBodyLimits(this.manifests, DataSize.ofMegabytes(1))).singleElement()
			.asString()
			.contains("limit of 4194304 bytes");
	}

	private Deployment deployment(String name) {
		return Fixture.one(this.manifests, Deployment.class, name);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> cluster() {
		return (Map<String, Object>) Manifests.spec(Fixture.one(this.manifests, "Cluster", "pg"));
	}

	private Map<String, String> annotations() {
		return Fixture.one(this.manifests, Ingress.class, "gateway-service").getMetadata().getAnnotations();
	}

}
