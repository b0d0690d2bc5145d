package com.jainshikanji.notification;

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
		new SpringApplicationBuilder(NotificationServiceApplication.class)
			.initializers(new TestInfrastructureInitializer("notification"), new Stubs.Initializer())
			.profiles("demo")
			.properties("spring.mail.host=127.0.0.1", "spring.mail.port=" + Mailbox.port(),
					"notifications.account-emails.seal-key=dGVzdC1hY2NvdW50LXRva2VuLXNlYWwta2V5LTMyYnk=",
					"notifications.sms.provider=twilio", "notifications.sms.twilio.account-sid=" + Stubs.SMS_ACCOUNT,
					"notifications.sms.twilio.auth-token=" + Stubs.SMS_TOKEN,
					"notifications.sms.twilio.from=" + Stubs.SMS_FROM, "notifications.push.provider=fcm")
			.run(args);
	}

}
