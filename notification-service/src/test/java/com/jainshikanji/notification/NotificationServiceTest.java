package com.jainshikanji.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import com.jainshikanji.testsupport.spring.WithInfrastructure;

/**
 * The whole service on a random port, against real PostgreSQL and Kafka, a real SMTP
 * server of its own ({@link Mailbox}, read by the tests), and WireMock as the SMS and
 * push providers and the store and inventory services ({@link Stubs}); every test class
 * using it shares one application context. Tests keep out of each other's way with people
 * and orders of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=${test.mailbox.port}" })
@AutoConfigureRestTestClient
@WithInfrastructure(database = "notification")
@ContextConfiguration(initializers = Stubs.Initializer.class)
@ActiveProfiles("test")
public @interface NotificationServiceTest {

}
