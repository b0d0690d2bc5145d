package com.jainshikanji.notification;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.tracing.CurrentTraceContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.notification.delivery.DeliveryQueue;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;
import com.jainshikanji.notification.template.SampleVariables;
import com.jainshikanji.testsupport.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notification is sent in the trace of the event or request that queued it: the
 * provider's request carries its trace id in {@code traceparent}, and so do the worker's
 * log lines about the delivery, on every attempt, an admin's retry included. One queued
 * outside any trace goes in a trace of its own.
 */
@NotificationServiceTest
@ExtendWith(OutputCaptureExtension.class)
class DeliveryTraceTests {

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient client;

	@Autowired
	Tracer tracer;

	@Autowired
	DeliveryQueue queue;

	@Autowired
	PlatformTransactionManager transactionManager;

	Events events;

	Ledger ledger;

	Api api;

	@BeforeEach
	void setUp() {
		this.events = new Events(this.kafka, this.json);
		this.ledger = new Ledger(this.jdbc);
		this.api = new Api(this.client);
	}

	@AfterEach
	void resetStubs() {
		Stubs.reset();
	}

	@Test
	void aConfirmationIsTextedInTheTraceOfItsEvent(CapturedOutput output) {
		TestOrders order = TestOrders.online();
		this.events.publish(order.created());
		String traceId = traceId();
		// As the order service's relay sends it: the record's traceparent is of this
		// trace.
		EventEnvelope confirmed;
		try (CurrentTraceContext.Scope scope = this.tracer.currentTraceContext().newScope(context(traceId))) {
			confirmed = this.events.publish(order.confirmed());
		}
		this.ledger.consumed(OrderLifeTests.ORDERS, confirmed.eventId());

		Map<String, Object> sms = this.ledger.settled(order.customerId(), 1)
			.stream()
			.filter((delivery) -> "ORDER_CONFIRMED".equals(delivery.get("kind"))
					&& "SMS".equals(delivery.get("channel")))
			.findFirst()
			.orElseThrow();
		assertThat(sms).containsEntry("status", "SENT");
		assertThat(storedTraceparent(sms.get("id"))).startsWith("00-" + traceId + "-");
		assertThat(Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.SMS_PATH))
				.withRequestBody(Stubs.formField("To", order.phone()))))
			.singleElement()
			.satisfies((request) -> assertThat(traceIdOf(request)).isEqualTo(traceId));
		assertLogged(output, "SMS delivery " + sms.get("id") + " of ORDER_CONFIRMED: SENT", traceId);
	}

	@Test
	void anAdminsSendIsPushedInTheTraceOfItsRequestOnEveryAttemptAndAfterARetry(CapturedOutput output) {
		UUID customer = this.ledger.known(UUID.randomUUID());
		String device = this.api.registerDevice(customer, "fcm-traced-" + UUID.randomUUID());
		Stubs.server().stubFor(toDevice(device).atPriority(1).willReturn(Stubs.json(503, """
				{"error": {"code": 503, "status": "UNAVAILABLE", "message": "Try again later."}}
				""")));
		String traceId = traceId();

		Api.ok(this.client.post().uri("/api/v1/notifications/send").headers((headers) -> {
			headers.setBearerAuth(TestTokens.admin());
			headers.set("traceparent", "00-" + traceId + "-" + spanId() + "-01");
		})
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "ANNOUNCEMENT", "userId", customer, "variables",
					Map.of("title", "Diwali hours", "message", "Every store closes at eight tonight.")))
			.exchange());

		Map<String, Object> failed = this.ledger.settled(customer, 1).getFirst();
		assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 4);
		// The delivery log names the trace to look for.
		assertThat(Api.ok(this.client.get()
			.uri("/api/v1/notifications/deliveries/" + failed.get("id"))
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange())).containsEntry("traceId", traceId);
		// (An attempt whose access token was slow to come never reached FCM.)
		assertThat(pushesTo(device)).isNotEmpty()
			.allSatisfy((request) -> assertThat(traceIdOf(request)).isEqualTo(traceId));
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertLogged(output,
					"PUSH delivery " + failed.get("id") + " of ANNOUNCEMENT: RETRY (attempts: " + attempt + ")",
					traceId);
		}
		assertLogged(output, "PUSH delivery " + failed.get("id") + " of ANNOUNCEMENT failed after 4", traceId);

		// FCM is back; an admin sends it again, in a request of another trace.
		Stubs.reset();
		String retryTraceId = traceId();
		this.client.post().uri("/api/v1/notifications/deliveries/" + failed.get("id") + "/retry").headers((headers) -> {
			headers.setBearerAuth(TestTokens.admin());
			headers.set("traceparent", "00-" + retryTraceId + "-" + spanId() + "-01");
		}).exchange().expectStatus().isOk();

		assertThat(this.ledger.settled(customer, 1)).singleElement()
			.satisfies((delivery) -> assertThat(delivery).containsEntry("status", "SENT"));
		assertThat(pushesTo(device)).singleElement()
			.satisfies((request) -> assertThat(traceIdOf(request)).isEqualTo(traceId));
		assertLogged(output, "PUSH delivery " + failed.get("id") + " of ANNOUNCEMENT: SENT", traceId);
	}

	@Test
	void aDeliveryQueuedOutsideAnyTraceIsSentInATraceOfItsOwn() {
		UUID customer = UUID.randomUUID();
		String phone = "+9195" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		new TransactionTemplate(this.transactionManager)
			.executeWithoutResult((status) -> this.queue.enqueue(UUID.randomUUID(), customer, Channel.SMS,
					NotificationKind.ORDER_READY, phone, SampleVariables.of(NotificationKind.ORDER_READY)));

		Map<String, Object> sms = this.ledger.settled(customer, 1).getFirst();
		assertThat(sms).containsEntry("status", "SENT");
		assertThat(storedTraceparent(sms.get("id"))).isNull();
		assertThat(Api.ok(this.client.get()
			.uri("/api/v1/notifications/deliveries/" + sms.get("id"))
			.headers((headers) -> headers.setBearerAuth(TestTokens.admin()))
			.exchange())).containsEntry("traceId", null);
		assertThat(Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.SMS_PATH)).withRequestBody(Stubs.formField("To", phone))))
			.singleElement()
			.satisfies((request) -> assertThat(traceIdOf(request)).matches("[0-9a-f]{32}"));
	}

	private TraceContext context(String traceId) {
		return this.tracer.traceContextBuilder().traceId(traceId).spanId(spanId()).sampled(true).build();
	}

	private @Nullable String storedTraceparent(Object delivery) {
		return this.jdbc.sql("SELECT traceparent FROM deliveries WHERE id = :id")
			.param("id", delivery)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String traceId() {
		return randomHex(16);
	}

	private static String spanId() {
		return randomHex(8);
	}

	private static String randomHex(int bytes) {
		byte[] random = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static MappingBuilder toDevice(String device) {
		return post(urlPathEqualTo(Stubs.FCM_PATH))
			.withRequestBody(matchingJsonPath("$.message.token", equalTo(device)));
	}

	private static List<LoggedRequest> pushesTo(String device) {
		return Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.FCM_PATH))
				.withRequestBody(matchingJsonPath("$.message.token", equalTo(device))));
	}

	/** The trace id of the request's W3C {@code traceparent}. */
	private static @Nullable String traceIdOf(LoggedRequest request) {
		String traceparent = request.getHeader("traceparent");
		return (traceparent != null) ? traceparent.split("-")[1] : null;
	}

	/**
	 * Some log line that says what is given names the trace (the worker logs it later).
	 */
	private static void assertLogged(CapturedOutput output, String says, String traceId) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(output.getAll().lines().filter((line) -> line.contains(says))).as(says)
				.isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains(traceId)));
	}

}
