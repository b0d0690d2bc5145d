package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Rendered manifests, each document read into the Kubernetes model: built-in kinds as
 * their typed classes, custom resources (Strimzi, CloudNativePG) as
 * {@code GenericKubernetesResource}.
 *
 * @param resources every document, in order (a list tests may change)
 */
record Manifests(List<HasMetadata> resources) {

	private static final YAMLMapper YAML = new YAMLMapper();

	static Manifests parse(String yaml) {
		List<HasMetadata> resources = new ArrayList<>();
		try (MappingIterator<KubernetesResource> documents = YAML.readerFor(KubernetesResource.class)
			.readValues(yaml)) {
			while (documents.hasNext()) {
				KubernetesResource document = documents.next();
				if (document == null) {
					continue;
				}
				if (!(document instanceof HasMetadata resource)) {
					throw new IllegalArgumentException("Not a Kubernetes object: " + document);
				}
				resources.add(resource);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Manifests(resources);
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.resources.stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The resources of a kind, by its {@code kind} field (for custom resources). */
	List<HasMetadata> ofKind(String kind) {
		return this.resources.stream().filter((resource) -> kind.equals(resource.getKind())).toList();
	}

	/**
	 * The Deployments of the platform's own services (labelled part of the platform), not
	 * the tools an overlay may add beside them (the dev overlay's Mailpit).
	 */
	List<Deployment> services() {
		return all(Deployment.class).stream()
			.filter((deployment) -> DeploymentRules.PLATFORM.equals(podLabels(deployment).get(DeploymentRules.PART_OF)))
			.toList();
	}

	/**
	 * The data of a rendered ConfigMap, or null when the render has none of that name.
	 */
	Map<String, String> configMap(String name) {
		return all(ConfigMap.class).stream()
			.filter((configMap) -> configMap.getMetadata().getName().equals(name))
			.map((configMap) -> Objects.requireNonNullElse(configMap.getData(), Map.<String, String>of()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The variables a Deployment's first container takes from its rendered ConfigMaps, a
	 * later one winning on a clash as in Kubernetes.
	 */
	Map<String, String> configuration(Deployment deployment) {
		Map<String, String> configuration = new LinkedHashMap<>();
		var container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
		for (EnvFromSource source : Objects.requireNonNullElse(container.getEnvFrom(), List.<EnvFromSource>of())) {
			if (source.getConfigMapRef() != null) {
				configuration
					.putAll(Objects.requireNonNullElse(configMap(source.getConfigMapRef().getName()), Map.of()));
			}
		}
		return configuration;
	}

	static Map<String, String> podLabels(Deployment deployment) {
		return Objects.requireNonNullElse(deployment.getSpec().getTemplate().getMetadata().getLabels(), Map.of());
	}

	/** A custom resource's spec (empty for anything else). */
	static Map<?, ?> spec(HasMetadata resource) {
		if (resource instanceof GenericKubernetesResource generic
				&& generic.getAdditionalProperties().get("spec") instanceof Map<?, ?> spec) {
			return spec;
		}
		return Map.of();
	}

}
