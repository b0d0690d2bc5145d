package com.jainshikanji.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes jars laid out like the services' Spring Boot jars, the way a build does: every
 * entry stamped with the build's time, the project's own library jar packaged afresh, and
 * {@code build-info.properties} with the build's time.
 */
final class BootJarBuilder {

	private final Map<String, byte[]> classes = new LinkedHashMap<>();

	private final Map<String, byte[]> projectLibrary = new LinkedHashMap<>();

	private final Map<String, byte[]> libraries = new LinkedHashMap<>();

	private String version = "0.1.0-SNAPSHOT";

	BootJarBuilder withClass(String name, String content) {
		this.classes.put("BOOT-INF/classes/" + name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** A class of common-lib, nested as {@code common-lib-0.1.0-SNAPSHOT.jar}. */
	BootJarBuilder withProjectLibraryClass(String name, String content) {
		this.projectLibrary.put(name, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	/** A third-party library, copied into the jar byte for byte as Maven has it. */
	BootJarBuilder withLibrary(String fileName, String content) {
		this.libraries.put("BOOT-INF/lib/" + fileName, content.getBytes(StandardCharsets.UTF_8));
		return this;
	}

	BootJarBuilder withVersion(String version) {
		this.version = version;
		return this;
	}

	/** Builds the jar as a build at the given time would, and dates the file that way. */
	Path buildAt(Path jar, Instant buildTime) throws IOException {
		Files.createDirectories(jar.getParent());
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
			deflated(out, "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8),
					buildTime);
			deflated(out, "META-INF/build-info.properties",
					("build.artifact=service\nbuild.time=" + buildTime + "\nbuild.version=" + this.version + "\n")
						.getBytes(StandardCharsets.UTF_8),
					buildTime);
			for (Map.Entry<String, byte[]> entry : this.classes.entrySet()) {
				deflated(out, entry.getKey(), entry.getValue(), buildTime);
			}
			if (!this.projectLibrary.isEmpty()) {
				ByteArrayOutputStream nested = new ByteArrayOutputStream();
				try (ZipOutputStream library = new ZipOutputStream(nested)) {
					for (Map.Entry<String, byte[]> entry : this.projectLibrary.entrySet()) {
						deflated(library, entry.getKey(), entry.getValue(), buildTime);
					}
				}
				stored(out, "BOOT-INF/lib/common-lib-0.1.0-SNAPSHOT.jar", nested.toByteArray(), buildTime);
			}
			for (Map.Entry<String, byte[]> entry : this.libraries.entrySet()) {
				stored(out, entry.getKey(), entry.getValue(), Instant.parse("2024-09-10T22:46:26Z"));
			}
		}
		Files.setLastModifiedTime(jar, FileTime.from(buildTime));
		return jar;
	}

	private static void deflated(ZipOutputStream out, String name, byte[] content, Instant time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setLastModifiedTime(FileTime.from(time));
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}

	private static void stored(ZipOutputStream out, String name, byte[] content, Instant time) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		entry.setLastModifiedTime(FileTime.from(time));
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}

}
