package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Properties;

/**
 * The Razorpay key and secrets the local platform's payment service and its Razorpay
 * sandbox share: generated once into the data directory (never committed, good for this
 * machine's sandbox only), so payments begun before a restart can still be verified.
 */
final class RazorpaySandboxKeys {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom random = new SecureRandom();

	private RazorpaySandboxKeys() {
	}

	/**
	 * The environment variables both services read: {@code RAZORPAY_KEY_ID},
	 * {@code RAZORPAY_KEY_SECRET}, {@code RAZORPAY_WEBHOOK_SECRET}.
	 */
	static Map<String, String> ensure(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("keys").resolve("razorpay-sandbox.properties");
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				keys.load(reader);
			}
		}
		else {
			keys.setProperty("RAZORPAY_KEY_ID", "rzp_test_" + random(14));
			keys.setProperty("RAZORPAY_KEY_SECRET", random(24));
			keys.setProperty("RAZORPAY_WEBHOOK_SECRET", random(32));
			Files.createDirectories(file.getParent());
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				keys.store(writer, "Razorpay sandbox of the local platform; not a real Razorpay account");
			}
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system; the data directory is the developer's own.
			}
		}
		return Map.of("RAZORPAY_KEY_ID", keys.getProperty("RAZORPAY_KEY_ID"), "RAZORPAY_KEY_SECRET",
				keys.getProperty("RAZORPAY_KEY_SECRET"), "RAZORPAY_WEBHOOK_SECRET",
				keys.getProperty("RAZORPAY_WEBHOOK_SECRET"));
	}

	private static String random(int length) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
