package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationFingerprintTests {

	private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	private static final Instant TUESDAY = Instant.parse("2026-12-01T17:30:00Z");

	@TempDir
	Path directory;

	@Test
	void theSameCodeBuiltAgainLaterHasTheSameFingerprint() throws IOException {
		Path monday = service().buildAt(this.directory.resolve("monday.jar"), MONDAY);
		Path tuesday = service().buildAt(this.directory.resolve("tuesday.jar"), TUESDAY);

		assertThat(Files.mismatch(monday, tuesday)).as("the jars' bytes differ").isNotEqualTo(-1L);
		assertThat(ApplicationFingerprint.of(tuesday)).isEqualTo(ApplicationFingerprint.of(monday));
	}

	@Test
	void aChangedClassChangesTheFingerprint() throws IOException {
		Path before = service().buildAt(this.directory.resolve("before.jar"), MONDAY);
		Path after = service().withClass("com/example/Orders.class", "orders v2")
			.buildAt(this.directory.resolve("after.jar"), MONDAY);

		assertThat(ApplicationFingerprint.of(after)).isNotEqualTo(ApplicationFingerprint.of(before));
	}

	@Test
	void aChangedClassOfTheProjectsSharedLibraryChangesTheFingerprint() throws IOException {
		Path before = service().buildAt(this.directory.resolve("before.jar"), MONDAY);
		Path after = service().withProjectLibraryClass("com/example/common/Problem.class", "problem v2")
			.buildAt(this.directory.resolve("after.jar"), MONDAY);

		assertThat(ApplicationFingerprint.of(after)).isNotEqualTo(ApplicationFingerprint.of(before));
	}

	@Test
	void anAddedLibraryChangesTheFingerprint() throws IOException {
		Path before = service().buildAt(this.directory.resolve("before.jar"), MONDAY);
		Path after = service().withLibrary("jackson-core-3.0.1.jar", "jackson")
			.buildAt(this.directory.resolve("after.jar"), MONDAY);

		assertThat(ApplicationFingerprint.of(after)).isNotEqualTo(ApplicationFingerprint.of(before));
	}

	@Test
	void anotherVersionChangesTheFingerprint() throws IOException {
		Path before = service().buildAt(this.directory.resolve("before.jar"), MONDAY);
		Path after = service().withVersion("0.2.0-SNAPSHOT").buildAt(this.directory.resolve("after.jar"), MONDAY);

		assertThat(ApplicationFingerprint.of(after)).isNotEqualTo(ApplicationFingerprint.of(before));
	}

	static BootJarBuilder service() {
		return new BootJarBuilder().withClass("com/example/Orders.class", "orders")
			.withClass("application.yml", "server.port: 8083")
			.withProjectLibraryClass("com/example/common/Problem.class", "problem")
			.withLibrary("spring-core-7.0.8.jar", "spring");
	}

}
