package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key the local customer service seals the tokens of verification and reset links
 * with and the notification service opens them with (ADR 0011): generated once into the
 * data directory (never committed, good for this machine only), so links emailed before a
 * restart still work.
 */
final class AccountTokenSealKey {

	private AccountTokenSealKey() {
	}

	/** The environment variable both services read: {@code ACCOUNT_TOKEN_SEAL_KEY}. */
	static Map<String, String> ensure(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("keys").resolve("account-token-seal.key");
		if (!Files.exists(file)) {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system; the data directory is the developer's own.
			}
		}
		return Map.of("ACCOUNT_TOKEN_SEAL_KEY", Files.readString(file, StandardCharsets.UTF_8).strip());
	}

}
