package com.jainshikanji.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The emails the platform sent, as the launcher drops them: one {@code .eml} file per
 * email and recipient, named after the recipient.
 */
public final class Mailbox {

	private final Path directory;

	Mailbox(Path directory) {
		this.directory = directory;
	}

	/** Every email sent to that address so far, raw (headers and body). */
	public List<String> to(String address) {
		if (!Files.isDirectory(this.directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(address + ".eml"))
				.sorted()
				.map(Mailbox::read)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits for an email to that address mentioning the text.
	 * @return the email, raw
	 * @throws AssertionError if none arrives within the timeout
	 */
	public String await(String address, String text, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			for (String email : to(address)) {
				if (email.contains(text)) {
					return email;
				}
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No email to " + address + " mentioning " + text + " within " + timeout
						+ " in " + this.directory);
			}
			Thread.sleep(500);
		}
	}

	private static String read(Path file) {
		try {
			// Raw 8-bit: quoted-printable or base64 parts stay as sent.
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
