package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A service's ahead-of-time cache (JDK 25: JEP 483, 514, 515): its classes loaded and
 * linked, and method profiles, from a training run, so that the JVM starts with most of
 * that work done. The JVM only uses a cache made for the same Java runtime, the same
 * class path files (their modification times) and compatible options, and silently
 * ignores any other; so the file is named after exactly those and the application's
 * content, and a cache made for anything else is deleted (each is about 170 MB).
 *
 * @param file where the cache is, once it has been recorded
 */
record AotCache(Path file) {

	static AotCache of(ExtractedApplication application, Path dataDirectory, List<String> jvmOptions)
			throws IOException {
		Path directory = Files.createDirectories(dataDirectory.resolve("aot"));
		Path file = directory.resolve(application.name() + "-" + key(application, jvmOptions) + ".aot");
		// Anything else of this service's is stale, or left over from a training run that
		// was cut short.
		Pattern ours = Pattern.compile(Pattern.quote(application.name()) + "(-[0-9a-f]{16})?\\.aot.*");
		try (Stream<Path> files = Files.list(directory)) {
			for (Path other : files.toList()) {
				if (!other.equals(file) && ours.matcher(other.getFileName().toString()).matches()) {
					Files.deleteIfExists(other);
				}
			}
		}
		return new AotCache(file);
	}

	private static String key(ExtractedApplication application, List<String> jvmOptions) throws IOException {
		String identity = String.join("\n", application.content(), application.jar().toString(),
				String.valueOf(Files.getLastModifiedTime(application.jar()).toMillis()),
				System.getProperty("java.home"), System.getProperty("java.vm.version"), String.join(" ", jvmOptions));
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	boolean exists() {
		try {
			return Files.isRegularFile(this.file) && Files.size(this.file) > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Where a training run keeps its intermediate files. */
	Path scratch(String suffix) {
		return this.file.resolveSibling(this.file.getFileName() + suffix);
	}

	/** Makes a newly created cache this service's cache, all at once. */
	void install(Path created) throws IOException {
		Files.move(created, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

}
