package com.jainshikanji.deploycheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who may call each service on its service port, as the code says (the README's diagram
 * and the services' typed clients): other services by name, and {@code namespace:<name>}
 * for whatever runs in another namespace (the ingress controller).
 *
 * @param byService the callers of each service
 */
record Callers(Map<String, Set<String>> byService) {

	static Callers load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Callers.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No " + resource + " on the test classpath");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> byService = new TreeMap<>();
		properties.stringPropertyNames()
			.forEach((service) -> byService.put(service,
					Arrays.stream(properties.getProperty(service).split(","))
						.map(String::strip)
						.filter((caller) -> !caller.isEmpty())
						.collect(Collectors.toCollection(TreeSet::new))));
		return new Callers(byService);
	}

}
