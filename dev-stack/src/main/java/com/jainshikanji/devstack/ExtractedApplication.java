package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's Spring Boot jar extracted into a plain directory of jars, the layout the
 * JVM's ahead-of-time cache works with (it cannot cache classes from jars nested inside a
 * jar). Extracted again, and its cache dropped, only when the jar was rebuilt.
 *
 * @param directory where the application was extracted
 * @param jar the extracted application jar, with its libraries in {@code lib/}
 * @param aotCache the service's ahead-of-time cache file, which may not exist yet
 */
record ExtractedApplication(Path directory, Path jar, Path aotCache) {

	static ExtractedApplication prepare(Path bootJar, Path dataDirectory, String name)
			throws IOException, InterruptedException {
		Path directory = dataDirectory.resolve("apps").resolve(name);
		Path aotCache = Files.createDirectories(dataDirectory.resolve("aot")).resolve(name + ".aot");
		Path stamp = dataDirectory.resolve("apps").resolve(name + ".stamp");
		String built = Files.size(bootJar) + "@" + Files.getLastModifiedTime(bootJar).toMillis();
		if (!Files.exists(stamp) || !Files.readString(stamp).equals(built)) {
			delete(directory);
			Files.deleteIfExists(aotCache);
			extract(bootJar, directory);
			Files.writeString(stamp, built);
		}
		return new ExtractedApplication(directory, directory.resolve(bootJar.getFileName()), aotCache);
	}

	/**
	 * Whether a complete cache exists; a run that was cut short leaves none (or only a
	 * partial configuration).
	 */
	boolean hasAotCache() throws IOException {
		Files.deleteIfExists(this.aotCache.resolveSibling(this.aotCache.getFileName() + ".config"));
		return Files.isRegularFile(this.aotCache) && Files.size(this.aotCache) > 0;
	}

	private static void extract(Path bootJar, Path directory) throws IOException, InterruptedException {
		Files.createDirectories(directory.getParent());
		Process extraction = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"-Djarmode=tools", "-jar", bootJar.toString(), "extract", "--destination", directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		if (!extraction.waitFor(2, TimeUnit.MINUTES) || extraction.exitValue() != 0) {
			throw new IllegalStateException("Could not extract " + bootJar);
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
			for (Path path : all) {
				Files.delete(path);
			}
		}
	}

}
