package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A rebuild that changed nothing must leave a service's extracted jars and its
 * ahead-of-time cache alone: every build rewrites every jar, and the cache is only valid
 * for the extracted files it was recorded with.
 */
class ExtractedApplicationTests {

	private static final List<String> JVM_OPTIONS = List.of("-Xmx160m", "-XX:+UseSerialGC");

	@TempDir
	Path project;

	@TempDir
	Path data;

	private int extractions;

	@Test
	void aRebuildThatChangedNothingKeepsTheExtractedApplicationAndItsCache() throws Exception {
		Path jar = this.project.resolve("order-service.jar");
		ApplicationFingerprintTests.service().buildAt(jar, Instant.parse("2026-12-01T10:00:00Z"));
		ExtractedApplication first = prepare(jar);
		AotCache cache = AotCache.of(first, this.data, JVM_OPTIONS);
		Files.writeString(cache.file(), "recorded");

		ApplicationFingerprintTests.service().buildAt(jar, Instant.parse("2026-12-01T10:05:00Z"));
		ExtractedApplication second = prepare(jar);

		assertThat(this.extractions).isOne();
		assertThat(AotCache.of(second, this.data, JVM_OPTIONS).exists()).isTrue();
	}

	@Test
	void aServiceWhoseCodeChangedIsExtractedAgainAndItsCacheDeleted() throws Exception {
		Path jar = this.project.resolve("order-service.jar");
		ApplicationFingerprintTests.service().buildAt(jar, Instant.parse("2026-12-01T10:00:00Z"));
		AotCache old = AotCache.of(prepare(jar), this.data, JVM_OPTIONS);
		Files.writeString(old.file(), "recorded");

		ApplicationFingerprintTests.service()
			.withClass("com/example/Orders.class", "orders v2")
			.buildAt(jar, Instant.parse("2026-12-01T10:05:00Z"));
		ExtractedApplication changed = prepare(jar);
		AotCache cache = AotCache.of(changed, this.data, JVM_OPTIONS);

		assertThat(this.extractions).isEqualTo(2);
		assertThat(Files.readString(changed.jar())).contains("orders v2");
		assertThat(cache.exists()).isFalse();
		assertThat(old.file()).doesNotExist();
	}

	@Test
	void aCacheMadeForOtherJvmOptionsIsNotUsedAndDeleted() throws Exception {
		Path jar = ApplicationFingerprintTests.service()
			.buildAt(this.project.resolve("order-service.jar"), Instant.parse("2026-12-01T10:00:00Z"));
		ExtractedApplication application = prepare(jar);
		AotCache old = AotCache.of(application, this.data, JVM_OPTIONS);
		Files.writeString(old.file(), "recorded");

		AotCache cache = AotCache.of(application, this.data, List.of("-Xmx160m", "-XX:+UseParallelGC"));

		assertThat(cache.exists()).isFalse();
		assertThat(old.file()).doesNotExist();
	}

	@Test
	void anExtractionCutShortIsDoneAgain() throws Exception {
		Path jar = ApplicationFingerprintTests.service()
			.buildAt(this.project.resolve("order-service.jar"), Instant.parse("2026-12-01T10:00:00Z"));
		assertThatIllegalStateException()
			.isThrownBy(() -> ExtractedApplication.prepare(jar, this.data, "order-service", (bootJar, directory) -> {
				Files.createDirectories(directory.resolve("lib"));
				throw new IllegalStateException("interrupted");
			}));

		prepare(jar);

		assertThat(this.extractions).isOne();
	}

	private ExtractedApplication prepare(Path jar) throws Exception {
		return ExtractedApplication.prepare(jar, this.data, "order-service", this::extract);
	}

	/** What the Spring Boot jar tool's extract does, as far as these tests can tell. */
	private void extract(Path bootJar, Path directory) throws IOException {
		this.extractions++;
		Files.createDirectories(directory.resolve("lib"));
		try (ZipFile jar = new ZipFile(bootJar.toFile())) {
			String classes = new String(
					jar.getInputStream(jar.getEntry("BOOT-INF/classes/com/example/Orders.class")).readAllBytes());
			Files.writeString(directory.resolve(bootJar.getFileName()), classes);
		}
	}

}
