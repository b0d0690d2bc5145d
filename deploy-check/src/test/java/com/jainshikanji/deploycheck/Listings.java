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
 * A properties file of the test classpath whose values are comma-separated lists:
 * {@code name = a, b, c}.
 */
final class Listings {

	private Listings() {
	}

	static Map<String, Set<String>> read(String resource) {
		Properties properties = new Properties();
		try (InputStream in = Listings.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("No " + resource + " on the test classpath");
			}
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Set<String>> listings = new TreeMap<>();
		properties.stringPropertyNames()
			.forEach((name) -> listings.put(name,
					Arrays.stream(properties.getProperty(name).split(","))
						.map(String::strip)
						.filter((item) -> !item.isEmpty())
						.collect(Collectors.toCollection(TreeSet::new))));
		return listings;
	}

}
