package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;

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

}
