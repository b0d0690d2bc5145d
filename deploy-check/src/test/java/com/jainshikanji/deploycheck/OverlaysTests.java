package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/** Every {@code -service} module of the root POM: each one is deployed. */
	static List<String> services() throws IOException {
		Matcher module = Pattern.compile("<module>([^<]+-service)</module>")
			.matcher(Files.readString(Path.of("..", "pom.xml")));
		List<String> services = new ArrayList<>();
		while (module.find()) {
			services.add(module.group(1));
		}
		return services;
	}

	/** Each overlay rendered once for all tests. */
	private static final Map<Path, Manifests> rendered = new ConcurrentHashMap<>();

	static List<Path> overlays() throws IOException {
		return Kustomize.overlays(DEPLOY);
	}

	private static Manifests render(Path overlay) {
		return rendered.computeIfAbsent(overlay, (path) -> Manifests.parse(Kustomize.render(path)));
	}

	@Test
	void thereIsADevAndAProdOverlay() throws IOException {
		assertThat(overlays()).map((overlay) -> overlay.getFileName().toString()).contains("dev", "prod");
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void everyServiceRunsWithTheEnginesForState(Path overlay) throws IOException {
		Manifests manifests = render(overlay);
		List<String> services = services();

		assertThat(manifests.all(Deployment.class)).map((deployment) -> deployment.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(services);
		for (String kind : List.of("Kafka", "KafkaNodePool", "Cluster")) {
			assertThat(manifests.ofKind(kind)).as(kind).singleElement().isInstanceOf(GenericKubernetesResource.class);
		}
		// Every service but the gateway keeps a database.
		assertThat(manifests.ofKind("Database")).hasSize(services.size() - 1)
			.allSatisfy((database) -> assertThat(database).isInstanceOf(GenericKubernetesResource.class));
		assertThat(manifests.resources()).map(HasMetadata::getMetadata)
			.allSatisfy((metadata) -> assertThat(metadata.getName()).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void setsEveryVariableDockerComposeGivesEachService(Path overlay) {
		Manifests manifests = render(overlay);

		assertThat(DeploymentRules.mirrorsCompose(manifests,
				Compose.environments(DEPLOY.resolveSibling("docker-compose.yml"))))
			.isEmpty();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void keepsEveryRule(Path overlay) {
		Manifests manifests = render(overlay);

		assertThat(DeploymentRules.all(manifests, Callers.load("/callers.properties"))).isEmpty();
	}

}
