package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay under {@code deploy/overlays} renders with {@code kubectl kustomize},
 * every document reads into the Kubernetes model, and the result keeps
 * {@link DeploymentRules}, with the NetworkPolicies admitting exactly the callers of
 * {@code callers.properties}.
 */
class OverlaysTests {

	static final Path DEPLOY = Path.of("..", "deploy");

	static final List<String> SERVICES = List.of("gateway-service", "customer-service", "inventory-service",
			"store-service", "order-service", "payment-service", "loyalty-service", "notification-service",
			"analytics-service", "review-service");

	static List<Path> overlays() throws IOException {
		return Kustomize.overlays(DEPLOY);
	}

	@Test
	void thereIsADevAndAProdOverlay() throws IOException {
		assertThat(overlays()).map((overlay) -> overlay.getFileName().toString()).contains("dev", "prod");
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void everyServiceRunsWithTheEnginesForState(Path overlay) {
		Manifests manifests = Manifests.parse(Kustomize.render(overlay));

		assertThat(manifests.all(Deployment.class)).map((deployment) -> deployment.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(SERVICES);
		for (String kind : List.of("Kafka", "KafkaNodePool", "Cluster")) {
			assertThat(manifests.ofKind(kind)).as(kind).singleElement().isInstanceOf(GenericKubernetesResource.class);
		}
		assertThat(manifests.ofKind("Database")).hasSize(SERVICES.size() - 1)
			.allSatisfy((database) -> assertThat(database).isInstanceOf(GenericKubernetesResource.class));
		assertThat(manifests.resources()).map(HasMetadata::getMetadata)
			.allSatisfy((metadata) -> assertThat(metadata.getName()).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void keepsEveryRule(Path overlay) {
		Manifests manifests = Manifests.parse(Kustomize.render(overlay));

		assertThat(DeploymentRules.all(manifests, Callers.load("/callers.properties"))).isEmpty();
	}

}
