package com.jainshikanji.notification;

import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;

import com.jainshikanji.testsupport.spring.TestInfrastructureInitializer;

/**
 * Runs the service on this JVM's test infrastructure (embedded PostgreSQL, Kafka, the
 * test token issuer) with the store and inventory services and the SMS and push providers
 * stubbed by WireMock, and emails going to a GreenMail server of its own; nothing to
 * install. Pass {@code --server.port=...} to move it off 8087.
 */
public class TestNotificationServiceApplication {

	public static void main(String[] args) {
		// System properties, so they win over application.yml's empty defaults.
		Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(Mailbox.port()),
				"notifications.account-emails.seal-key", "dGVzdC1hY2NvdW50LXRva2VuLXNlYWwta2V5LTMyYnk=",
				"notifications.sms.provider", "twilio", "notifications.sms.twilio.account-sid", Stubs.SMS_ACCOUNT,
				"notifications.sms.twilio.auth-token", Stubs.SMS_TOKEN, "notifications.sms.twilio.from", Stubs.SMS_FROM,
				"notifications.push.provider", "fcm")
			.forEach((key, value) -> {
				if (System.getProperty(key) == null) {
					System.setProperty(key, value);
				}
			});
		new SpringApplicationBuilder(NotificationServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("notification"), new Stubs.Initializer())
			.profiles("demo")
			.run(args);
	}

}
