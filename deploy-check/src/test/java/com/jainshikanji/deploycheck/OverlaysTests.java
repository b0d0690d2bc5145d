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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay under {@code deploy/overlays} renders with {@code kubectl kustomize},
 * every document reads into the Kubernetes model, and the result keeps
 * {@link DeploymentRules}, with the NetworkPolicies admitting exactly the callers of
 * {@code callers.properties}; docker-compose.yml keeps {@link ComposeRules}.
 */
class OverlaysTests {

	static final Path ROOT = Path.of("..");

	static final Path DEPLOY = ROOT.resolve("deploy");

	static final Platform PLATFORM = Platform.read(ROOT);

	/** Every {@code -service} module of the root POM: each one is deployed. */
	static List<String> services() throws IOException {
		Matcher module = Pattern.compile("<module>([^<]+-service)</module>")
			.matcher(Files.readString(ROOT.resolve("pom.xml")));
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

		assertThat(manifests.services()).map((deployment) -> deployment.getMetadata().getName())
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

		assertThat(DeploymentRules.mirrorsCompose(manifests, compose().environments(), PLATFORM.installedConfigMaps()))
			.isEmpty();
	}

	@ParameterizedTest
	@MethodSource("overlays")
	void keepsEveryRule(Path overlay) {
		Manifests manifests = render(overlay);

		assertThat(DeploymentRules.all(manifests, PLATFORM)).isEmpty();
	}

	@Test
	void dockerComposeKeepsEveryRule() {
		assertThat(ComposeRules.all(compose(), PLATFORM)).isEmpty();
	}

	@Test
	void theInstallStepsCreateEveryConfigMapAnOverlayLeavesToThem() throws IOException {
		String guide = Files.readString(ROOT.resolve("docs/deploy-kubernetes.md"));

		PLATFORM.installedConfigMaps().forEach((configMap, keys) -> {
			assertThat(guide).contains("create configmap " + configMap);
			keys.forEach((key) -> assertThat(guide).as("the install steps set %s in %s", key, configMap)
				.contains("--from-literal=" + key + "="));
		});
	}

	static Compose compose() {
		return Compose.read(ROOT.resolve("docker-compose.yml"));
	}

}
