package com.jainshikanji.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.jainshikanji.testsupport.infra.SmtpServer;

/**
 * Makes the emails the local SMTP sink receives readable by a person: each one is written
 * to the data directory's {@code mail} folder as an {@code .eml} file (open it with any
 * mail client, or read it as text), named by arrival order and recipient.
 */
final class MailDrop implements AutoCloseable {

	private final SmtpServer smtp;

	private final Path directory;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "mail-drop");
		thread.setDaemon(true);
		return thread;
	});

	/** How many .eml files earlier runs left (the sink itself starts empty). */
	private int offset;

	private int written;

	/**
	 * The messages written, by recipients and Message-ID: the sink lists its messages
	 * mailbox by mailbox, and a new recipient's mailbox can come before the others, so a
	 * message's place in the list says nothing about whether it was written.
	 */
	private final Set<String> seen = new HashSet<>();

	private MailDrop(SmtpServer smtp, Path directory) {
		this.smtp = smtp;
		this.directory = directory;
	}

	static MailDrop start(SmtpServer smtp, Path directory) throws IOException {
		MailDrop drop = new MailDrop(smtp, Files.createDirectories(directory));
		try (var files = Files.list(directory)) {
			drop.offset = (int) files.filter((file) -> file.toString().endsWith(".eml")).count();
		}
		drop.timer.scheduleWithFixedDelay(drop::drain, 1, 1, TimeUnit.SECONDS);
		return drop;
	}

	private synchronized void drain() {
		for (MimeMessage message : this.smtp.receivedMessages()) {
			if (!this.seen.add(identity(message))) {
				continue;
			}
			this.written++;
			Path file = this.directory.resolve("%05d-%s.eml".formatted(this.offset + this.written, recipient(message)));
			try (OutputStream out = Files.newOutputStream(file)) {
				message.writeTo(out);
			}
			catch (IOException | MessagingException ex) {
				System.err.println("  ! could not write " + file + ": " + ex);
			}
		}
	}

	/**
	 * The services give every email a Message-ID of its own; one without is its object.
	 */
	private static String identity(MimeMessage message) {
		try {
			String id = message.getMessageID();
			return (id != null) ? recipient(message) + " " + id : "object " + System.identityHashCode(message);
		}
		catch (MessagingException ex) {
			return "object " + System.identityHashCode(message);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			var to = message.getAllRecipients();
			String address = (to != null && to.length > 0) ? to[0].toString() : "unknown";
			return address.replaceAll("[^A-Za-z0-9@._-]", "_");
		}
		catch (MessagingException ex) {
			return "unknown";
		}
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
		drain();
	}

}
