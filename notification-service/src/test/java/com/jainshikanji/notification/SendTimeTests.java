package com.jainshikanji.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is decided when a delivery is sent rather than when it was queued: data longer
 * than a channel takes is cut to fit, never a failure; a delivery whose template was
 * disabled, or whose channel the person turned off, since it was queued is skipped; one
 * delivery that cannot be recorded as it was does not hold up the rest of its batch; and
 * one sent again because its first send was not recorded is the same email and push.
 */
@NotificationServiceTest
class SendTimeTests {

	static final String ORDERS = "notification-service.orders";

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient client;

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
	void aCancellationWithAReasonLongerThanSmsAndPushTakeIsSentCutToFit() {
		TestOrders order = TestOrders.online();
		String device = this.api.registerDevice(order.customerId(), "fcm-" + UUID.randomUUID());
		String reason = "The rider could not reach the address and the phone was switched off. ".repeat(7)
			.substring(0, 490);
		this.events.publish(order.created());
		this.events.publish(order.confirmed());
		EventEnvelope cancelled = this.events.publish(order.cancelled("confirmed", reason));
		this.ledger.consumed(ORDERS, cancelled.eventId());

		assertThat(this.ledger.settled(order.customerId(), 8))
			.filteredOn((delivery) -> "ORDER_CANCELLED".equals(delivery.get("kind")))
			.extracting((delivery) -> delivery.get("channel") + " " + delivery.get("status"))
			.containsExactlyInAnyOrder("EMAIL SENT", "SMS SENT", "PUSH SENT");
		// "…" is not in the SMS's 7-bit alphabet: it would send all of the text as UCS-2.
		assertCutToFit(texts(order.phone()),
				"Jain Shikanji: order " + order.number() + " was cancelled. The rider could not", 459, "...");
		assertCutToFit(pushes(device, "notification.body"),
				"Order " + order.number() + " at Manek Chowk was cancelled. The rider could not", 500, "…");
		assertThat(Mailbox.awaitSubject(order.email(), "cancelled").text()).contains(reason);
	}

	@Test
	void anAdminSendWithTheLongestTitleAndMessageIsPushedCutToFit() {
		UUID customer = this.ledger.known(UUID.randomUUID());
		String device = this.api.registerDevice(customer, "fcm-" + UUID.randomUUID());
		String title = "Every store closes early on Diwali; ".repeat(4).substring(0, 120);
		String message = "Orders placed after six reach you the next morning. ".repeat(20).substring(0, 1000);

		Map<String, Object> sent = Api.ok(this.api.post("/api/v1/notifications/send", TestTokens.admin(), Map.of("kind",
				"ANNOUNCEMENT", "userId", customer, "variables", Map.of("title", title, "message", message))));
		assertThat(sent).containsEntry("notified", 1);

		assertThat(this.ledger.settled(customer, 1)).singleElement()
			.satisfies((delivery) -> assertThat(delivery).containsEntry("channel", "PUSH")
				.containsEntry("status", "SENT"));
		assertThat(pushes(device, "notification.title")).containsExactly(title.substring(0, 99) + "…");
		assertCutToFit(pushes(device, "notification.body"), message.substring(0, 450), 500, "…");
	}

	@Test
	void aPushFailingOnEveryDeviceWithLongErrorsIsRecordedAndTheRestOfItsBatchIsSent() {
		UUID unlucky = UUID.randomUUID();
		String outage = "fcm-outage-" + UUID.randomUUID() + "-";
		for (int i = 0; i < 10; i++) {
			this.api.registerDevice(unlucky, outage + i);
		}
		Stubs.server()
			.stubFor(post(urlPathEqualTo(Stubs.FCM_PATH)).atPriority(1)
				.withRequestBody(matchingJsonPath("$.message.token", matching(outage + ".*")))
				.willReturn(Stubs.json(503, """
						{"error": {"code": 503, "status": "UNAVAILABLE", "message": "%s"}}
						""".formatted("The service is currently unavailable. ".repeat(4)))));
		UUID lucky = UUID.randomUUID();
		String device = this.api.registerDevice(lucky, "fcm-" + UUID.randomUUID());
		// Both due at once, the unlucky one first: one batch.
		inTransaction(() -> {
			queued(unlucky, Channel.PUSH, NotificationKind.ORDER_READY, null, Duration.ofSeconds(-1));
			queued(lucky, Channel.PUSH, NotificationKind.ORDER_READY, null, Duration.ZERO);
		});

		Map<String, Object> failed = this.ledger.settled(unlucky, 1).getFirst();
		assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 4);
		assertThat(failed.get("last_error")).asString()
			.hasSize(1000)
			.startsWith("FCM 503: The service is currently unavailable.");
		assertThat(this.ledger.attempts(failed.get("id"))).hasSize(4)
			.allSatisfy((attempt) -> assertThat(attempt.get("error")).asString().hasSize(1000));
		assertThat(this.ledger.settled(lucky, 1)).singleElement()
			.satisfies((delivery) -> assertThat(delivery).containsEntry("status", "SENT"));
		assertThat(pushes(device, "notification.body")).hasSize(1);
	}

	@Test
	void aDeliveryQueuedBeforeThePersonTurnedItsChannelOffIsSkippedButSecurityEmailsStillGo() {
		UUID customer = UUID.randomUUID();
		String phone = "+9197" + String.format("%08d", (int) (Math.random() * 100_000_000));
		String email = "rohan-" + customer + "@example.com";
		UUID[] queued = new UUID[2];
		inTransaction(() -> {
			queued[0] = queued(customer, Channel.SMS, NotificationKind.ORDER_READY, phone, Duration.ofHours(1));
			queued[1] = queued(customer, Channel.EMAIL, NotificationKind.PASSWORD_CHANGED, email, Duration.ofHours(1));
		});
		Map<String, Object> none = Map.of("email", false, "sms", false, "push", false, "inApp", false);
		Api.ok(this.api.put("/api/v1/notifications/preferences/" + customer, TestTokens.customer(customer),
				Map.of("orderUpdates", none, "accountUpdates", none, "promotions", none)));
		due(queued);

		assertThat(this.ledger.settled(customer, 2))
			.extracting((delivery) -> delivery.get("kind") + " " + delivery.get("status") + " "
					+ delivery.get("attempts") + " " + delivery.get("last_error"))
			.containsExactlyInAnyOrder("ORDER_READY SKIPPED 0 The recipient turned off ORDER_UPDATES by SMS",
					"PASSWORD_CHANGED SENT 1 null");
		assertThat(texts(phone)).isEmpty();
		assertThat(Mailbox.awaitSubject(email, "password was changed").text()).contains("Asha");
	}

	@Test
	void aDeliveryQueuedBeforeItsTemplateWasDisabledIsSkipped() {
		UUID customer = UUID.randomUUID();
		String phone = "+9196" + String.format("%08d", (int) (Math.random() * 100_000_000));
		UUID sms = inTransaction(
				() -> queued(customer, Channel.SMS, NotificationKind.ORDER_READY, phone, Duration.ofHours(1)));
		String path = "/api/v1/notifications/templates/ORDER_READY/SMS";
		Map<String, Object> template = Api.ok(this.api.get(path, TestTokens.admin()));
		Api.ok(this.api.put(path, TestTokens.admin(), Map.of("body", template.get("body"), "enabled", false)));
		try {
			due(sms);

			assertThat(this.ledger.settled(customer, 1)).singleElement().satisfies((delivery) -> {
				assertThat(delivery).containsEntry("status", "SKIPPED").containsEntry("attempts", 0);
				assertThat(delivery.get("last_error")).isEqualTo("The SMS template of ORDER_READY is disabled or gone");
			});
			assertThat(texts(phone)).isEmpty();
		}
		finally {
			Api.ok(this.api.put(path, TestTokens.admin(), Map.of("body", template.get("body"), "enabled", true)));
		}
	}

	@Test
	void aDeliveryWhoseSendWasNotRecordedGoesAgainAsTheSameEmailAndTheSamePush() {
		UUID customer = UUID.randomUUID();
		String email = "meera-" + customer + "@example.com";
		String device = this.api.registerDevice(customer, "fcm-" + UUID.randomUUID());
		UUID[] queued = new UUID[2];
		inTransaction(() -> {
			queued[0] = queued(customer, Channel.EMAIL, NotificationKind.ORDER_CANCELLED, email, Duration.ZERO);
			queued[1] = queued(customer, Channel.PUSH, NotificationKind.ORDER_CANCELLED, null, Duration.ZERO);
		});
		List<Map<String, Object>> sent = this.ledger.settled(customer, 2);
		assertThat(sent).allSatisfy((delivery) -> assertThat(delivery).containsEntry("status", "SENT"));
		Map<Object, Object> attempts = sent.stream()
			.collect(Collectors.toMap((delivery) -> delivery.get("id"), (delivery) -> delivery.get("attempts")));
		// As when both were sent but what became of them could not be recorded, and their
		// leases ran out.
		this.jdbc.sql("""
				UPDATE deliveries SET status = 'PENDING', completed_at = NULL, next_attempt_at = now()
				WHERE id IN (:ids)
				""").param("ids", Arrays.asList(queued)).update();

		assertThat(this.ledger.settled(customer, 2)).as("each sent once more")
			.allSatisfy((delivery) -> assertThat(delivery).containsEntry("status", "SENT")
				.containsEntry("attempts", (Integer) attempts.get(delivery.get("id")) + 1));
		// The providers take each send as new; what the person sees takes them as one.
		// (A send that timed out on a busy machine may have been tried once more.)
		assertThat(Mailbox.await(email, 2)).extracting(Mailbox.Mail::messageId)
			.containsOnly("<" + queued[0] + "@jainshikanji.test>");
		String key = queued[1].toString();
		for (String part : List.of("android.notification.tag", "apns.headers['apns-collapse-id']",
				"webpush.notification.tag")) {
			assertThat(pushes(device, part)).as(part).hasSizeGreaterThanOrEqualTo(2).containsOnly(key);
		}
	}

	/**
	 * Queues a delivery of the kind's sample data as a consumed event does, in the
	 * caller's transaction, due after the given time (before it, when negative).
	 */
	private UUID queued(UUID recipient, Channel channel, NotificationKind kind, @Nullable String address,
			Duration dueIn) {
		UUID source = UUID.randomUUID();
		this.queue.enqueue(source, recipient, channel, kind, address, SampleVariables.of(kind));
		return this.jdbc.sql("""
				UPDATE deliveries SET next_attempt_at = next_attempt_at + CAST(:dueIn AS interval)
				WHERE source_id = :source RETURNING id
				""")
			.param("dueIn", dueIn.toMillis() + " milliseconds")
			.param("source", source)
			.query(UUID.class)
			.single();
	}

	/** The deliveries are due now, as when the queue ahead of them was worked off. */
	private void due(UUID... deliveries) {
		this.jdbc.sql("UPDATE deliveries SET next_attempt_at = now() WHERE id IN (:ids)")
			.param("ids", Arrays.asList(deliveries))
			.update();
	}

	private void inTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> work.run());
	}

	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		return new TransactionTemplate(this.transactionManager).execute((status) -> work.get());
	}

	/** The texts the SMS provider was given for the number. */
	private static List<String> texts(String phone) {
		return Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.SMS_PATH)).withRequestBody(Stubs.formField("To", phone)))
			.stream()
			.map((request) -> formValue(request, "Body"))
			.toList();
	}

	/**
	 * A part (notification.title, notification.body...) of each push message FCM was
	 * given for the device.
	 */
	private static List<String> pushes(String device, String part) {
		return Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.FCM_PATH))
				.withRequestBody(matchingJsonPath("$.message.token", equalTo(device))))
			.stream()
			.map((request) -> JsonPath.<String>read(request.getBodyAsString(), "$.message." + part))
			.toList();
	}

	/**
	 * One of the texts starts as given and was cut to fit the channel's limit, ending in
	 * the ellipsis (where the cut fell after a space, a little shorter).
	 */
	private static void assertCutToFit(List<String> texts, String start, int limit, String ellipsis) {
		assertThat(texts).filteredOn((text) -> text.startsWith(start))
			.singleElement()
			.satisfies((text) -> assertThat(text).hasSizeBetween(limit - 5, limit).endsWith(ellipsis));
	}

	private static String formValue(LoggedRequest request, String name) {
		return Arrays.stream(request.getBodyAsString().split("&"))
			.filter((field) -> field.startsWith(name + "="))
			.map((field) -> URLDecoder.decode(field.substring(name.length() + 1), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
	}

}
