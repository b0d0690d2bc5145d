package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The environment {@code docker-compose.yml} gives each service: the variables the ops
 * deployment already sets, which Kubernetes must set too.
 */
final class Compose {

	private Compose() {
	}

	/**
	 * The variable names of each compose service's {@code environment}, merge keys
	 * resolved.
	 */
	static Map<String, Set<String>> environments(Path composeFile) {
		Map<String, Object> compose;
		try (Reader reader = Files.newBufferedReader(composeFile)) {
			compose = new Yaml(new LoaderOptions()).load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> environments = new TreeMap<>();
		if (compose.get("services") instanceof Map<?, ?> services) {
			services.forEach((name, service) -> {
				if (service instanceof Map<?, ?> definition
						&& definition.get("environment") instanceof Map<?, ?> environment) {
					environments.put(String.valueOf(name), new TreeSet<>(names(environment).keySet()));
				}
			});
		}
		return environments;
	}

	private static Map<String, Object> names(Map<?, ?> environment) {
		Map<String, Object> names = new LinkedHashMap<>();
		environment.forEach((key, value) -> names.put(String.valueOf(key), value));
		return names;
	}

}
