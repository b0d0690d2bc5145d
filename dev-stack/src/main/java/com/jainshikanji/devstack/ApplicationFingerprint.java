package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * What a Spring Boot jar contains, as a hash that a rebuild of unchanged code does not
 * change: the names and CRCs of its entries, never their timestamps. Every build rewrites
 * the jar (new timestamps inside, a new {@code build.time}, a freshly packaged
 * {@code common-lib} jar), so neither the jar's bytes nor its modification time say
 * whether the application changed; this does, cheaply: the CRCs come from the zip's
 * central directory, and only the small project jars nested inside (those of this build,
 * {@code -SNAPSHOT}) and {@code build-info.properties} are read.
 */
final class ApplicationFingerprint {

	private static final String BUILD_INFO = "META-INF/build-info.properties";

	private ApplicationFingerprint() {
	}

	static String of(Path bootJar) throws IOException {
		MessageDigest digest = sha256();
		try (ZipFile jar = new ZipFile(bootJar.toFile())) {
			List<? extends ZipEntry> entries = jar.stream()
				.filter((entry) -> !entry.isDirectory())
				.sorted(Comparator.comparing(ZipEntry::getName))
				.toList();
			for (ZipEntry entry : entries) {
				update(digest, entry.getName());
				if (entry.getName().endsWith(BUILD_INFO)) {
					try (InputStream in = jar.getInputStream(entry)) {
						update(digest, withoutBuildTime(in));
					}
				}
				else if (entry.getName().endsWith("-SNAPSHOT.jar")) {
					try (InputStream in = jar.getInputStream(entry)) {
						update(digest, nestedContent(in));
					}
				}
				else {
					update(digest, entry.getCrc() + ":" + entry.getSize());
				}
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The build's properties without the build time, which changes on every build. */
	private static String withoutBuildTime(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
			.filter((line) -> !line.startsWith("build.time="))
			.reduce("", (all, line) -> all + line + "\n");
	}

	/**
	 * A jar of this build nested in the application: its entries' names and contents,
	 * without their timestamps.
	 */
	private static String nestedContent(InputStream in) throws IOException {
		SortedMap<String, Long> crcs = new TreeMap<>();
		ZipInputStream nested = new ZipInputStream(in);
		for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
			if (!entry.isDirectory()) {
				CRC32 crc = new CRC32();
				crc.update(nested.readAllBytes());
				crcs.put(entry.getName(), crc.getValue());
			}
		}
		return crcs.toString();
	}

	private static void update(MessageDigest digest, String value) {
		digest.update(value.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
