package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's Spring Boot jar extracted into a plain directory of jars, the layout the
 * JVM's ahead-of-time cache works with (it cannot cache classes from jars nested inside a
 * jar). Extracted again only when the application's content changed, not whenever the jar
 * was rebuilt: re-extracting rewrites the jars, which invalidates the service's
 * ahead-of-time cache.
 *
 * @param name the service
 * @param directory where the application was extracted
 * @param jar the extracted application jar, with its libraries in {@code lib/}
 * @param content the {@link ApplicationFingerprint} of what was extracted
 */
record ExtractedApplication(String name, Path directory, Path jar, String content) {

	/** How a Spring Boot jar is turned into a directory. */
	@FunctionalInterface
	interface Extraction {

		void extract(Path bootJar, Path directory) throws IOException, InterruptedException;

	}

	static ExtractedApplication prepare(Path bootJar, Path dataDirectory, String name)
			throws IOException, InterruptedException {
		return prepare(bootJar, dataDirectory, name, ExtractedApplication::extract);
	}

	static ExtractedApplication prepare(Path bootJar, Path dataDirectory, String name, Extraction extraction)
			throws IOException, InterruptedException {
		Path apps = Files.createDirectories(dataDirectory.resolve("apps"));
		Path directory = apps.resolve(name);
		Path jar = directory.resolve(bootJar.getFileName());
		Path stamp = apps.resolve(name + ".stamp");
		String content = ApplicationFingerprint.of(bootJar);
		if (!Files.isRegularFile(jar) || !Files.exists(stamp) || !Files.readString(stamp).equals(content)) {
			// First, so that an extraction cut short is never taken for a complete one.
			Files.deleteIfExists(stamp);
			delete(directory);
			extraction.extract(bootJar, directory);
			Files.writeString(stamp, content);
		}
		return new ExtractedApplication(name, directory, jar, content);
	}

	private static void extract(Path bootJar, Path directory) throws IOException, InterruptedException {
		Files.createDirectories(directory.getParent());
		Process extraction = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination", directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!extraction.waitFor(2, TimeUnit.MINUTES) || extraction.exitValue() != 0) {
			extraction.destroyForcibly();
			throw new IllegalStateException("Could not extract " + bootJar);
		}
	}

	/** Deletes a file, or a directory with everything in it. */
	static void delete(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path deepestFirst : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(deepestFirst);
			}
		}
	}

}
