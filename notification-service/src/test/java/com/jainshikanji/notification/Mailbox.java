package com.jainshikanji.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.testsupport.infra.SmtpServer;

/**
 * The tests' own SMTP server (GreenMail, from test-support), so they can read what the
 * service sent and take the server away for an outage.
 */
final class Mailbox {

	private static final int PORT = startPort();

	private static SmtpServer server = SmtpServer.start(PORT);

	private Mailbox() {
	}

	private static int startPort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static int port() {
		return PORT;
	}

	/** Takes the SMTP server away (connections are refused) until {@link #start()}. */
	static synchronized void stop() {
		server.close();
	}

	static synchronized void start() {
		server = SmtpServer.start(PORT);
	}

	/** Every email received for the address since the server (last) started. */
	static synchronized List<Mail> to(String address) {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : server.receivedMessages()) {
			try {
				Address[] recipients = message.getRecipients(Message.RecipientType.TO);
				if (recipients != null && Arrays.stream(recipients).anyMatch((to) -> to.toString().contains(address))) {
					mails.add(Mail.of(message));
				}
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return mails;
	}

	/**
	 * Waits until the address got at least {@code count} emails, and returns them all.
	 */
	static List<Mail> await(String address, int count) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> to(address).size() >= count);
		return to(address);
	}

	/** The one email whose subject contains the text. */
	static Mail awaitSubject(String address, String subjectPart) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> to(address).stream().anyMatch((mail) -> mail.subject().contains(subjectPart)));
		List<Mail> matching = to(address).stream().filter((mail) -> mail.subject().contains(subjectPart)).toList();
		if (matching.size() != 1) {
			throw new AssertionError("Expected one email to " + address + " about '" + subjectPart + "', got "
					+ matching.stream().map(Mail::subject).toList());
		}
		return matching.getFirst();
	}

	/**
	 * An email as received.
	 *
	 * @param html the HTML alternative, or {@code null}
	 */
	record Mail(String from, String subject, String text, @Nullable String html, String messageId) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			Parts parts = new Parts();
			parts.collect(message);
			return new Mail(message.getFrom()[0].toString(), message.getSubject(), String.valueOf(parts.text),
					parts.html, message.getMessageID());
		}

	}

	private static final class Parts {

		@Nullable String text;

		@Nullable String html;

		void collect(Part part) throws MessagingException, IOException {
			if (part.isMimeType("text/plain") && this.text == null) {
				this.text = String.valueOf(part.getContent()).replace("\r\n", "\n");
			}
			else if (part.isMimeType("text/html") && this.html == null) {
				this.html = String.valueOf(part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart body = multipart.getBodyPart(i);
					collect(body);
				}
			}
		}

	}

}
