package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The services of {@code docker-compose.yml}, merge keys resolved.
 *
 * @param services each service's definition, by name
 */
record Compose(Map<String, Map<?, ?>> services) {

	private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

	static Compose read(Path composeFile) {
		Map<String, Object> compose;
		try (Reader reader = Files.newBufferedReader(composeFile)) {
			compose = new Yaml(new LoaderOptions()).load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Map<?, ?>> services = new TreeMap<>();
		if (compose.get("services") instanceof Map<?, ?> all) {
			all.forEach((name, service) -> {
				if (service instanceof Map<?, ?> definition) {
					services.put(String.valueOf(name), definition);
				}
			});
		}
		return new Compose(services);
	}

	/**
	 * The variable names of each service's {@code environment}: the variables the ops
	 * deployment already sets, which Kubernetes must set too.
	 */
	Map<String, Set<String>> environments() {
		Map<String, Set<String>> environments = new TreeMap<>();
		this.services.forEach((name, definition) -> {
			if (definition.get("environment") instanceof Map<?, ?> environment) {
				Set<String> names = new TreeSet<>();
				environment.keySet().forEach((key) -> names.add(String.valueOf(key)));
				environments.put(name, names);
			}
		});
		return environments;
	}

	/** The services built from the repository's Dockerfile: the platform's own. */
	Map<String, Map<?, ?>> built() {
		Map<String, Map<?, ?>> built = new TreeMap<>();
		this.services.forEach((name, definition) -> {
			if (definition.get("build") instanceof Map<?, ?> build && "Dockerfile".equals(build.get("dockerfile"))) {
				built.put(name, definition);
			}
		});
		return built;
	}

	/** Docker's durations ({@code 40s}, {@code 1m30s}). */
	static Duration duration(String duration) {
		Matcher matcher = DURATION.matcher(duration.strip());
		Duration total = Duration.ZERO;
		int end = 0;
		while (matcher.find() && matcher.start() == end) {
			long amount = Long.parseLong(matcher.group(1));
			total = total.plus(switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofHours(amount);
			});
			end = matcher.end();
		}
		if (end == 0 || end != duration.strip().length()) {
			throw new IllegalArgumentException("Not a duration: " + duration);
		}
		return total;
	}

}
