package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * What the deployment files must agree with, read from the rest of the repository.
 *
 * @param callers who calls each service ({@code callers.properties})
 * @param installedConfigMaps the ConfigMaps an overlay may leave to whoever installs it,
 * with the keys each must hold ({@code installed-configmaps.properties})
 * @param gatewayBodyLimit the gateway's request body limit unless
 * {@code MAX_REQUEST_BODY} changes it (its application.yml)
 * @param shutdownPhase how long Spring waits for each phase of a service's shutdown
 * (common-lib's defaults)
 * @param heapPercentage the share of its container's memory limit a service's heap may
 * take (the Dockerfile's {@code -XX:MaxRAMPercentage})
 */
record Platform(Callers callers, Map<String, Set<String>> installedConfigMaps, DataSize gatewayBodyLimit,
		Duration shutdownPhase, int heapPercentage) {

	private static final Pattern DEFAULT_VALUE = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

	private static final Pattern HEAP_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)");

	static Platform read(Path root) {
		String bodyLimit = value(root.resolve("gateway-service/src/main/resources/application.yml"), "gateway",
				"max-request-body");
		String phase = value(root.resolve("common-lib/src/main/resources/jainshikanji-defaults.yml"), "spring",
				"lifecycle", "timeout-per-shutdown-phase");
		Matcher heap = HEAP_PERCENTAGE.matcher(text(root.resolve("Dockerfile")));
		if (!heap.find()) {
			throw new IllegalStateException("The Dockerfile sets no -XX:MaxRAMPercentage");
		}
		return new Platform(Callers.load("/callers.properties"), Listings.read("/installed-configmaps.properties"),
				DataSize.parse(defaultOf(bodyLimit)), DurationStyle.detectAndParse(defaultOf(phase)),
				Integer.parseInt(heap.group(1)));
	}

	/** {@code ${NAME:default}} is its default; anything else is itself. */
	private static String defaultOf(String value) {
		Matcher matcher = DEFAULT_VALUE.matcher(value);
		return matcher.matches() ? matcher.group(1) : value;
	}

	private static String value(Path yaml, String... path) {
		Object node = new Yaml().load(text(yaml));
		for (String key : path) {
			if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
				throw new IllegalStateException(yaml + " has no " + String.join(".", path));
			}
			node = map.get(key);
		}
		return String.valueOf(node);
	}

	private static String text(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
