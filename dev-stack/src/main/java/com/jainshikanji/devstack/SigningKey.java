package com.jainshikanji.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The access-token signing key of the local platform: generated once into the data
 * directory (never committed), so tokens stay valid across restarts of the platform.
 */
final class SigningKey {

	private SigningKey() {
	}

	static Path ensure(Path dataDirectory) throws IOException, NoSuchAlgorithmException {
		Path key = dataDirectory.resolve("keys").resolve("jwt-signing-key.pem");
		if (Files.exists(key)) {
			return key;
		}
		Files.createDirectories(key.getParent());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";
		Files.writeString(key, pem, StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system; the data directory is the developer's own.
		}
		return key;
	}

}
