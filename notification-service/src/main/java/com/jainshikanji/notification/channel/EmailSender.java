package com.jainshikanji.notification.channel;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Emails over SMTP with {@link JavaMailSender}: a plain-text body, and an HTML one as its
 * alternative when the template has one. The Message-ID, the provider id, is made of the
 * notification's key, so an email sent again (its first send not recorded) is the same
 * message, which mailboxes that drop copies (Gmail's) show once.
 */
public class EmailSender {

	private final JavaMailSender mail;

	private final EmailProperties properties;

	public EmailSender(JavaMailSender mail, EmailProperties properties) {
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * @param key the same on every send of one notification (its delivery's id); made of
	 * characters a Message-ID may hold
	 */
	public SendOutcome send(String to, String subject, String text, @Nullable String html, String key) {
		MimeMessage message = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, html != null, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.from(), this.properties.fromName());
			helper.setTo(to);
			helper.setSubject(subject);
			if (html != null) {
				helper.setText(text, html);
			}
			else {
				helper.setText(text);
			}
			// JavaMailSenderImpl keeps a Message-ID set before it sends.
			message.setHeader("Message-ID", messageId(key));
		}
		catch (MessagingException | UnsupportedEncodingException ex) {
			return SendOutcome.rejected("Cannot write the message: " + ex.getMessage());
		}
		try {
			this.mail.send(message);
			String id = message.getMessageID();
			return SendOutcome.sent((id != null) ? id : "smtp");
		}
		catch (MailParseException | MailPreparationException ex) {
			return SendOutcome.rejected("The message was refused before sending: " + ex.getMessage());
		}
		catch (MailSendException ex) {
			return refusedRecipient(ex) ? SendOutcome.rejected("The SMTP server refused the address: " + to)
					: SendOutcome.retry("SMTP server unavailable: " + rootMessage(ex));
		}
		catch (MailAuthenticationException ex) {
			return SendOutcome.retry("SMTP authentication failed: " + rootMessage(ex));
		}
		catch (MailException | MessagingException ex) {
			return SendOutcome.retry("SMTP failure: " + rootMessage(ex));
		}
	}

	/** {@code <key@the sender's domain>}. */
	private String messageId(String key) {
		String from = this.properties.from();
		return "<" + key + from.substring(from.lastIndexOf('@')) + ">";
	}

	/** A 5xx answer about the recipient, as opposed to not reaching the server at all. */
	private static boolean refusedRecipient(MailSendException ex) {
		return ex.getFailedMessages()
			.values()
			.stream()
			.anyMatch((failure) -> failure instanceof SendFailedException sendFailed
					&& sendFailed.getInvalidAddresses() != null && sendFailed.getInvalidAddresses().length > 0);
	}

	private static String rootMessage(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
