package com.jainshikanji.customer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.infra.Infrastructure;
import com.jainshikanji.testsupport.kafka.TopicReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** CustomerRegistered really reaches Kafka, and survives Kafka being away. */
@CustomerServiceTest
class CustomerEventsTests {

	private static final Pattern BACKLOG = Pattern.compile("^outbox_backlog_events(\\{[^}]*\\})? (\\S+)$",
			Pattern.MULTILINE);

	@Autowired
	RestTestClient client;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@LocalManagementPort
	int managementPort;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void registrationPublishesCustomerRegisteredKeyedByTheCustomer() {
		String email = Api.uniqueEmail();
		String customerId = register(email);

		try (TopicReader reader = TopicReader.of(Topics.CUSTOMER)) {
			ConsumerRecord<String, String> record = reader
				.await((r) -> customerId.equals(r.key()) && this.json.read(r.value()).is(CustomerRegistered.class), 1,
						Duration.ofSeconds(30))
				.getFirst();
			EventEnvelope envelope = this.json.read(record.value());
			assertThat(envelope.type()).isEqualTo("CustomerRegistered");
			assertThat(envelope.version()).isEqualTo(1);
			assertThat(envelope.aggregateId()).isEqualTo(customerId);
			assertThat(new String(record.headers().lastHeader("event_id").value(), StandardCharsets.UTF_8))
				.isEqualTo(envelope.eventId().toString());
			assertThat(envelope.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
			CustomerRegistered event = this.json.payload(envelope, CustomerRegistered.class);
			assertThat(event.email()).isEqualTo(email);
			assertThat(event.firstName()).isEqualTo("Asha");
		}
	}

	@Test
	void eventsRecordedWhileKafkaIsDownAreAllDeliveredOnceItIsBack() {
		List<String> customerIds = new ArrayList<>();
		Infrastructure.shared().stopKafka();
		try {
			for (int i = 0; i < 3; i++) {
				// Registration does not depend on Kafka: the event waits in the outbox.
				customerIds.add(register(Api.uniqueEmail()));
			}
			assertThat(backlog()).isGreaterThanOrEqualTo(3);
			// Kafka stays away until the relay has really tried and failed.
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(failedDeliveryAttempts(customerIds)).isPositive());
		}
		finally {
			Infrastructure.shared().startKafka();
		}

		try (TopicReader reader = TopicReader.of(Topics.CUSTOMER)) {
			// Registration also asks for a verification email: count the registrations.
			List<ConsumerRecord<String, String>> delivered = reader.await(
					(r) -> customerIds.contains(r.key()) && this.json.read(r.value()).is(CustomerRegistered.class), 3,
					Duration.ofSeconds(60));
			assertThat(delivered).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(customerIds);
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(backlog()).isZero());
	}

	private int failedDeliveryAttempts(List<String> customerIds) {
		return this.jdbc
			.sql("SELECT coalesce(sum(attempts), 0) FROM messaging.event_outbox "
					+ "WHERE message_key IN (:keys) AND published_at IS NULL AND last_error IS NOT NULL")
			.param("keys", customerIds)
			.query(Integer.class)
			.single();
	}

	@Test
	void theEventCarriesTheTraceOfTheRequestThatCausedIt() {
		String traceId = "4bf92f3577b34da6a3ce929d0e0e" + String.format("%04x", (int) (Math.random() * 0xffff));
		String email = Api.uniqueEmail();
		this.client.post()
			.uri("/api/v1/auth/register")
			.header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(Map.of("email", email, "password", Api.PASSWORD, "firstName", "Traced"))
			.exchange()
			.expectStatus()
			.isCreated();

		try (TopicReader reader = TopicReader.of(Topics.CUSTOMER)) {
			ConsumerRecord<String, String> record = reader
				.await((r) -> r.value().contains(email), 1, Duration.ofSeconds(30))
				.getFirst();
			assertThat(this.json.read(record.value()).traceparent()).startsWith("00-" + traceId + "-");
			// The record itself travels in that trace too (the relay resumes it), so the
			// consumers' spans join the request's trace.
			assertThat(record.headers().lastHeader("traceparent")).isNotNull();
			assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
				.startsWith("00-" + traceId + "-");
		}
	}

	private String register(String email) {
		Tokens tokens = this.api.register(email, Api.PASSWORD);
		return (String) this.api.get("/api/v1/customers/me", tokens.accessToken())
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id");
	}

	private double backlog() {
		// Actuator is on the management port, never on the API's.
		String metrics = RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.managementPort)
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		Matcher matcher = BACKLOG.matcher(metrics);
		assertThat(matcher.find()).as("outbox_backlog_events in %s", metrics).isTrue();
		return Double.parseDouble(matcher.group(2));
	}

}
