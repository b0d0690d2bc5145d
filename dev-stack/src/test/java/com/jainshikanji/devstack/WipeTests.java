package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --wipe} starts from empty data, but not from scratch: extracting the services
 * and recording their ahead-of-time caches again would make that start as slow as a first
 * one.
 */
class WipeTests {

	@TempDir
	Path data;

	@Test
	void wipingDeletesTheDataButKeepsTheExtractedServicesAndTheirCaches() throws IOException {
		for (String file : List.of("postgres/PG_VERSION", "kafka/meta.properties", "redis/dump.rdb",
				"logs/customer-service.log", "keys/jwt-signing-key.pem", "apps/customer-service/customer-service.jar",
				"apps/customer-service.stamp", "aot/customer-service-0123456789abcdef.aot")) {
			Files.createDirectories(this.data.resolve(file).getParent());
			Files.writeString(this.data.resolve(file), file);
		}

		DevStack.wipe(this.data);

		try (Stream<Path> left = Files.walk(this.data)) {
			assertThat(left.filter(Files::isRegularFile).map((file) -> this.data.relativize(file).toString()))
				.containsExactlyInAnyOrder("apps/customer-service/customer-service.jar", "apps/customer-service.stamp",
						"aot/customer-service-0123456789abcdef.aot");
		}
	}

}
