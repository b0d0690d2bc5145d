package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.springframework.util.unit.DataSize;

/**
 * {@code fixture.yaml}: three services of the dev overlay, with PostgreSQL, Kafka and
 * Mailpit beside them, keeping every rule; each test reads its own copy and breaks it.
 */
final class Fixture {

	/** The platform the fixture is rendered for: the repository's own figures. */
	static final Platform PLATFORM = new Platform(Callers.load("/fixture-callers.properties"), Map.of(),
			DataSize.ofMegabytes(1), Duration.ofSeconds(20), 70);

	private Fixture() {
	}

	static Manifests manifests() {
		try (InputStream in = Fixture.class.getResourceAsStream("/fixture.yaml")) {
			return Manifests.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static <T extends HasMetadata> T one(Manifests manifests, Class<T> type, String name) {
		return manifests.all(type)
			.stream()
			.filter((resource) -> resource.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static HasMetadata one(Manifests manifests, String kind, String name) {
		return manifests.ofKind(kind)
			.stream()
			.filter((resource) -> resource.getMetadata().getName().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static Container container(Manifests manifests, String deployment) {
		return one(manifests, Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
	}

}
