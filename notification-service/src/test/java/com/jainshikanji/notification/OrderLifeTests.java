package com.jainshikanji.notification;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.payment.RefundProcessed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's whole life, published as the order and payment services publish it, becomes
 * the expected emails, text messages, push and in-app notifications, each once, whatever
 * Kafka redelivers or reorders. A refund's tell the customer where the money is: back in
 * their bank or UPI app within 5 to 7 working days only when it went through the payment
 * provider; handed back in cash by the store, or sent by a bank transfer of its own,
 * otherwise.
 */
@NotificationServiceTest
class OrderLifeTests {

	static final String ORDERS = "notification-service.orders";

	static final String PAYMENTS = "notification-service.payments";

	/** Manek Chowk's time zone, in which its customers are told times. */
	static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient client;

	Events events;

	Ledger ledger;

	@BeforeEach
	void setUp() {
		this.events = new Events(this.kafka, this.json);
		this.ledger = new Ledger(this.jdbc);
	}

	@Test
	void anOnlineOrdersWholeLifeIsToldOnceOnEveryChannelWhateverIsRedelivered() {
		TestOrders order = TestOrders.online();
		String device = registerDevice(order.customerId());
		List<EventEnvelope> published = new ArrayList<>();
		published.add(this.events.publish(order.created()));
		published.add(this.events.publish(order.moved("pending", "confirmed", 2, null)));
		published.add(this.events.publish(order.confirmed()));
		published.add(this.events.publish(order.moved("confirmed", "preparing", 3, null)));
		published.add(this.events.publish(order.moved("preparing", "ready", 4, null)));
		published.add(this.events.publish(order.moved("ready", "out_for_delivery", 5, "Rider Vikram is on his way")));
		published.add(this.events.publish(order.moved("out_for_delivery", "delivered", 6, null)));
		published.add(this.events.publish(order.delivered()));

		// Every event again, as a redelivery brings it, then one more event of the order
		// (a stale one, which tells nobody anything but is recorded): once it is
		// consumed, so are the redeliveries before it on its partition.
		published.forEach((envelope) -> this.events.redeliver(envelope, Topics.ORDER));
		EventEnvelope last = this.events.publish(order.moved("out_for_delivery", "ready", 7, null));
		this.ledger.consumed(ORDERS, last.eventId());

		List<Map<String, Object>> deliveries = this.ledger.settled(order.customerId(), 12);
		assertThat(deliveries).allSatisfy((delivery) -> {
			assertThat(delivery.get("status")).isEqualTo("SENT");
			assertThat(delivery.get("attempts")).isEqualTo(1);
			assertThat(delivery.get("provider_id")).asString().isNotBlank();
		});
		assertThat(kindsOn(deliveries, "EMAIL")).containsExactly("ORDER_PLACED", "ORDER_CONFIRMED", "ORDER_DELIVERED");
		assertThat(kindsOn(deliveries, "SMS")).containsExactly("ORDER_CONFIRMED", "ORDER_READY",
				"ORDER_OUT_FOR_DELIVERY");
		assertThat(kindsOn(deliveries, "PUSH")).containsExactly("ORDER_PLACED", "ORDER_CONFIRMED", "ORDER_PREPARING",
				"ORDER_READY", "ORDER_OUT_FOR_DELIVERY", "ORDER_DELIVERED");
		assertThat(this.ledger.inApp(order.customerId())).extracting((row) -> row.get("kind"))
			.containsExactly("ORDER_PLACED", "ORDER_CONFIRMED", "ORDER_PREPARING", "ORDER_READY",
					"ORDER_OUT_FOR_DELIVERY", "ORDER_DELIVERED");

		List<Mailbox.Mail> mails = Mailbox.await(order.email(), 3);
		assertThat(mails).extracting(Mailbox.Mail::subject)
			.containsExactlyInAnyOrder("Order " + order.number() + " placed: complete your payment",
					"Order " + order.number() + " confirmed", "Order " + order.number() + " delivered: enjoy!");
		Mailbox.Mail confirmation = Mailbox.awaitSubject(order.email(), "confirmed");
		assertThat(confirmation.from()).contains("orders@jainshikanji.test");
		assertThat(confirmation.text()).contains("Hi Asha,")
			.contains("at Manek Chowk is confirmed and should be with you by about")
			.contains("2 × Masala Shikanji (Less sugar)   ₹120.00")
			.contains("1 × Jaljeera   ₹70.00")
			.contains("Delivery   ₹30.00")
			.contains("Total   ₹229.50")
			.contains("Paid by: UPI")
			.doesNotContain("Discount");
		assertThat(confirmation.html()).contains("<strong>₹229.50</strong>").contains("2 × Masala Shikanji");

		List<LoggedRequest> texts = Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.SMS_PATH))
				.withRequestBody(Stubs.formField("To", order.phone())));
		assertThat(texts).hasSize(3);
		assertThat(texts).extracting(LoggedRequest::getBodyAsString)
			.anySatisfy((body) -> assertThat(java.net.URLDecoder.decode(body, java.nio.charset.StandardCharsets.UTF_8))
				.contains("Body=Jain Shikanji: order " + order.number() + " confirmed, ₹229.50."));
		assertThat(Stubs.server()
			.findAll(postRequestedFor(urlPathEqualTo(Stubs.FCM_PATH)).withRequestBody(matchingJsonPath(
					"$.message.token", com.github.tomakehurst.wiremock.client.WireMock.equalTo(device)))))
			.hasSize(6)
			.allSatisfy((push) -> assertThat(push.getBodyAsString()).contains(order.orderId().toString()));
	}

	@Test
	void aCashOrderIsToldOnceConfirmedNotAlsoAsPlaced() {
		TestOrders order = TestOrders.cash();
		this.events.publish(order.created());
		EventEnvelope confirmed = this.events.publish(order.confirmed());
		this.ledger.consumed(ORDERS, confirmed.eventId());

		assertThat(kindsOn(this.ledger.settled(order.customerId(), 2), "EMAIL")).containsExactly("ORDER_CONFIRMED");
		assertThat(Mailbox.awaitSubject(order.email(), "confirmed").text()).contains("Paid by: Cash on delivery");
	}

	@Test
	void eventsArrivingOutOfOrderNeverTellAnythingTwiceOrBackwards() {
		TestOrders order = TestOrders.online();
		// The confirmation before the placement: it cannot reach the customer yet, fails
		// and comes back from the retry topic once the placement is in.
		this.events.publish(order.confirmed());
		this.events.publish(order.created());
		await(() -> assertThat(kindsOf(this.ledger.inApp(order.customerId()))).containsExactlyInAnyOrder("ORDER_PLACED",
				"ORDER_CONFIRMED"));
		this.events.publish(order.delivered());
		// A late "preparing" and a late confirmation after the delivery, and a late
		// placement copy with a new id: none of them goes back in the order's life.
		this.events.publish(order.moved("confirmed", "preparing", 3, null));
		this.events.publish(order.confirmed());
		EventEnvelope late = this.events.publish(order.created());
		this.ledger.consumed(ORDERS, late.eventId());

		assertThat(kindsOf(this.ledger.inApp(order.customerId()))).containsExactly("ORDER_PLACED", "ORDER_CONFIRMED",
				"ORDER_DELIVERED");
		assertThat(kindsOn(this.ledger.settled(order.customerId(), 3), "EMAIL"))
			.containsExactlyInAnyOrder("ORDER_PLACED", "ORDER_CONFIRMED", "ORDER_DELIVERED");
	}

	@Test
	void aFailedPaymentIsToldOnceAndTheCancellationItCausesIsNotToldAgain() {
		TestOrders order = TestOrders.online();
		// The payment topic is not ordered with the order topic: the failure is told once
		// the placement is in (the inbox of the order topic shows it).
		this.ledger.consumed(ORDERS, this.events.publish(order.created()).eventId());
		EventEnvelope failed = this.events.publish(order.paymentFailed());
		this.ledger.consumed(PAYMENTS, failed.eventId());
		this.events.redeliver(failed, Topics.PAYMENT);
		EventEnvelope cancelled = this.events.publish(order.cancelled("pending", "Payment failed"));
		this.ledger.consumed(ORDERS, cancelled.eventId());

		assertThat(kindsOn(this.ledger.settled(order.customerId(), 2), "EMAIL")).containsExactly("ORDER_PLACED",
				"PAYMENT_FAILED");
		assertThat(Mailbox.awaitSubject(order.email(), "did not go through").text())
			.contains("The payment of ₹229.50 for your order " + order.number())
			.contains("Your bank declined the payment");
	}

	@Test
	void aCancellationAfterPaymentIsToldAndSoIsTheRefund() {
		TestOrders order = TestOrders.online();
		this.events.publish(order.created());
		this.events.publish(order.confirmed());
		EventEnvelope cancelled = this.events.publish(order.cancelled("confirmed", "The store is closing early"));
		this.ledger.consumed(ORDERS, cancelled.eventId());
		EventEnvelope refunded = this.events.publish(order.refunded("229.50", true));
		this.ledger.consumed(PAYMENTS, refunded.eventId());
		// A payment failure reported after the cancellation tells nothing more.
		EventEnvelope lateFailure = this.events.publish(order.paymentFailed());
		this.ledger.consumed(PAYMENTS, lateFailure.eventId());

		assertThat(kindsOn(this.ledger.settled(order.customerId(), 4), "EMAIL")).containsExactly("ORDER_PLACED",
				"ORDER_CONFIRMED", "ORDER_CANCELLED", "REFUND_PROCESSED");
		assertThat(Mailbox.awaitSubject(order.email(), "cancelled").text())
			.contains("was cancelled: The store is closing early");
		assertThat(Mailbox.awaitSubject(order.email(), "Refund").text())
			.contains("We refunded ₹229.50 for your order " + order.number())
			.contains("that is the whole payment");
	}

	@Test
	void aRefundThroughTheProviderIsSaidToShowInTheBankOrUpiAppWithinDays() {
		TestOrders order = TestOrders.online();

		Told told = toldOf(order, order.refunded("229.50", true, RefundProcessed.Method.ORIGINAL_METHOD));

		assertTold(told, Says.throughTheProvider(order));
		assertThat(told.emailText()).contains("We refunded ₹229.50 for your order " + order.number()
				+ " at Manek Chowk; that is the whole payment.\nYour bank or UPI app shows it within 5 to 7 working days.");
	}

	/**
	 * A refund owed that the provider refused, sent by staff from the store's account.
	 */
	@Test
	void aRefundByBankTransferIsSaidToArriveAsATransferFromTheStore() {
		TestOrders order = TestOrders.online();

		Told told = toldOf(order, order.refunded("229.50", false, RefundProcessed.Method.BANK_TRANSFER));

		assertTold(told, Says.byBankTransfer(order));
		assertThat(told.emailText()).contains("(₹229.50 refunded so far)")
			.contains("It shows in your account as a transfer from the store, not as a refund in your bank or UPI app, "
					+ "usually within one working day; if it has not arrived after two, please contact the store.");
	}

	/** A refund owed that the provider refused, handed over by staff instead. */
	@Test
	void anOnlinePaymentsRefundHandedBackInCashIsSaidToBeCash() {
		TestOrders order = TestOrders.online();

		assertTold(toldOf(order, order.refunded("229.50", true, RefundProcessed.Method.CASH)), Says.inCash(order));
	}

	@Test
	void aCashOrdersRefundIsSaidToBeHandedBackInCash() {
		TestOrders order = TestOrders.cash();

		assertTold(toldOf(order, order.refunded("229.50", true, RefundProcessed.Method.CASH)), Says.inCash(order));
	}

	/**
	 * As the payment service published refunds before it said how (still in Kafka, or in
	 * its outbox): through the provider, unless the order was paid in cash, whose refunds
	 * no provider ever made.
	 */
	@Test
	void aRefundAnnouncedWithoutHowIsSaidToGoThroughTheProviderUnlessTheOrderWasPaidInCash() {
		TestOrders online = TestOrders.online();
		TestOrders cash = TestOrders.cash();

		assertTold(toldOf(online, withoutMethod(online.refunded("229.50", true))), Says.throughTheProvider(online));
		assertTold(toldOf(cash, withoutMethod(cash.refunded("229.50", true))), Says.inCash(cash));
	}

	/**
	 * A pickup scheduled for 10 am tomorrow, which the store expects ready ten minutes
	 * later: its confirmation says that day and time on every channel (it said the time
	 * of placing plus the store's preparation time, today).
	 */
	@Test
	void aScheduledOrdersConfirmationSaysTheDayAndTimeItIsReadyOnEveryChannel() {
		Instant tenTomorrow = LocalDate.now(INDIA).plusDays(1).atTime(10, 0).atZone(INDIA).toInstant();
		TestOrders order = TestOrders.cash().pickup().scheduledFor(tenTomorrow, tenTomorrow.plusSeconds(600));

		assertConfirmedSaying(order, "be ready", "Ready", "tomorrow, 10:10 am");
	}

	/**
	 * A delivery's confirmation says when the order service expects it: preparation and
	 * the ride (it said the preparation alone).
	 */
	@Test
	void aDeliveryOrdersConfirmationSaysItsEstimate() {
		Instant estimate = Instant.now().plus(Duration.ofMinutes(50)).truncatedTo(ChronoUnit.MINUTES);
		TestOrders order = TestOrders.online().estimatedAt(estimate);

		assertConfirmedSaying(order, "be with you", "With you", said(estimate));
	}

	@Test
	void aCashOrdersCancellationSaysThereIsNothingToRefundAndAnOnlineOnesThatTheMoneyGoesBack() {
		TestOrders cash = TestOrders.cash();
		TestOrders online = TestOrders.online();
		for (TestOrders order : List.of(cash, online)) {
			this.events.publish(order.created());
			this.events.publish(order.confirmed());
			this.ledger.consumed(ORDERS,
					this.events.publish(order.cancelled("confirmed", "The store is closing early")).eventId());
		}

		assertThat(cancellationIn(cash))
			.isEqualTo("The store is closing early. Nothing to refund: it was to be paid in cash on delivery.");
		assertThat(Mailbox.awaitSubject(cash.email(), "cancelled").text())
			.contains("It was to be paid in cash on delivery, so there is nothing to refund.")
			.doesNotContain("online");
		assertThat(cancellationIn(online))
			.isEqualTo("The store is closing early. Money paid online goes back to you on its own.");
		assertThat(Mailbox.awaitSubject(online.email(), "cancelled").html())
			.contains("If you paid for it online, the money goes back to you on its own")
			.doesNotContain("nothing to refund");
	}

	private String cancellationIn(TestOrders order) {
		return this.ledger.inApp(order.customerId())
			.stream()
			.filter((notification) -> "ORDER_CANCELLED".equals(notification.get("kind")))
			.map((notification) -> (String) notification.get("body"))
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The order is placed by a customer with the app on a phone, and confirmed: each
	 * channel, and the data kept for each delivery, says when it is ready (a pickup) or
	 * with the customer (a delivery): {@code eta}.
	 */
	private void assertConfirmedSaying(TestOrders order, String should, String shortly, String eta) {
		String device = registerDevice(order.customerId());
		this.events.publish(order.created());
		this.ledger.consumed(ORDERS, this.events.publish(order.confirmed()).eventId());

		Mailbox.Mail mail = Mailbox.awaitSubject(order.email(), "confirmed");
		assertThat(mail.text()).contains("is confirmed and should " + should + " by about " + eta + ".");
		assertThat(mail.html()).contains("is confirmed<span> and should " + should + " by about " + eta + "</span>.");
		assertThat(Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Stubs.server()
				.findAll(postRequestedFor(urlPathEqualTo(Stubs.SMS_PATH))
					.withRequestBody(Stubs.formField("To", order.phone())))
				.stream()
				.map((sms) -> URLDecoder.decode(sms.getBodyAsString(), StandardCharsets.UTF_8))
				.filter((sms) -> sms.contains(" confirmed, "))
				.toList(), (texts) -> !texts.isEmpty()))
			.singleElement(InstanceOfAssertFactories.STRING)
			.contains(shortly + " by about " + eta + ".");
		assertThat((String) JsonPath.read(pushOf(device, "ORDER_CONFIRMED"), "$.message.notification.body"))
			.endsWith(shortly + " by about " + eta + ".");
		assertThat(this.ledger.inApp(order.customerId()))
			.filteredOn((notification) -> "ORDER_CONFIRMED".equals(notification.get("kind")))
			.singleElement()
			.satisfies((notification) -> assertThat((String) notification.get("body"))
				.endsWith(shortly + " by about " + eta + "."));
		assertThat(this.jdbc
			.sql("SELECT variables->>'eta' FROM deliveries WHERE recipient_id = :customer AND kind = 'ORDER_CONFIRMED'")
			.param("customer", order.customerId())
			.query(String.class)
			.list()).hasSize(3).containsOnly(eta);
	}

	/** How a time reads in India, told now: today's, or tomorrow's. */
	private static String said(Instant at) {
		ZonedDateTime local = at.atZone(INDIA);
		String time = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH).format(local).toLowerCase(Locale.ROOT);
		return local.toLocalDate().equals(LocalDate.now(INDIA)) ? time : "tomorrow, " + time;
	}

	private static void assertTold(Told told, Says says) {
		assertThat(told.emailSubject()).isEqualTo(says.emailSubject());
		assertThat(told.emailText()).contains(says.emailSentence());
		assertThat(told.emailHtml()).contains(says.htmlHeading()).contains(says.htmlStart());
		assertThat(told.pushTitle()).isEqualTo(says.pushTitle());
		assertThat(told.pushBody()).isEqualTo(says.pushBody());
		assertThat(told.inAppTitle()).isEqualTo(says.inAppTitle());
		assertThat(told.inAppBody()).isEqualTo(says.inAppBody());
		if (!says.takesDays()) {
			assertThat(List.of(told.emailText(), told.emailHtml(), told.pushBody(), told.inAppBody()))
				.noneMatch((text) -> text.contains("5 to 7 working days") || text.contains("on its way"));
		}
	}

	/** The refund as an older payment service published it: no method in its payload. */
	private EventEnvelope withoutMethod(RefundProcessed refund) {
		EventEnvelope envelope = this.json.envelope(refund, Instant.now(), null);
		((ObjectNode) envelope.payload()).remove("method");
		return envelope;
	}

	private Told toldOf(TestOrders order, RefundProcessed refund) {
		return toldOf(order, this.json.envelope(refund, Instant.now(), null));
	}

	/**
	 * The order is placed by a customer with the app on a phone, then refunded: what each
	 * channel told them of the refund.
	 */
	private Told toldOf(TestOrders order, EventEnvelope refund) {
		String device = registerDevice(order.customerId());
		this.ledger.consumed(ORDERS, this.events.publish(order.created()).eventId());
		this.events.redeliver(refund, Topics.PAYMENT);
		this.ledger.consumed(PAYMENTS, refund.eventId());

		Mailbox.Mail mail = Mailbox.awaitSubject(order.email(), "Refund");
		Map<String, Object> inApp = this.ledger.inApp(order.customerId())
			.stream()
			.filter((notification) -> "REFUND_PROCESSED".equals(notification.get("kind")))
			.findFirst()
			.orElseThrow();
		String push = pushOf(device, "REFUND_PROCESSED");
		return new Told(mail.subject(), mail.text(), String.valueOf(mail.html()),
				JsonPath.read(push, "$.message.notification.title"), JsonPath.read(push, "$.message.notification.body"),
				(String) inApp.get("title"), (String) inApp.get("body"));
	}

	/**
	 * The push of a kind of notification to the device, once it is sent: its FCM request.
	 */
	private static String pushOf(String device, String kind) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> Stubs.server()
				.findAll(postRequestedFor(urlPathEqualTo(Stubs.FCM_PATH))
					.withRequestBody(matchingJsonPath("$.message.token", equalTo(device)))
					.withRequestBody(matchingJsonPath("$.message.data.kind", equalTo(kind)))),
					(pushes) -> !pushes.isEmpty())
			.getFirst()
			.getBodyAsString();
	}

	/** What a refund's email, push and in-app notification said. */
	record Told(String emailSubject, String emailText, String emailHtml, String pushTitle, String pushBody,
			String inAppTitle, String inAppBody) {
	}

	/**
	 * What a refund of all of the order's ₹229.50 is told, by how it went back.
	 *
	 * @param takesDays whether the money takes days to show in the bank or UPI app (only
	 * through the provider)
	 * @param emailSentence what the email says of where the money is
	 * @param htmlStart how the HTML email's own sentence of it starts
	 */
	record Says(boolean takesDays, String emailSubject, String emailSentence, String htmlHeading, String htmlStart,
			String pushTitle, String pushBody, String inAppTitle, String inAppBody) {

		static Says throughTheProvider(TestOrders order) {
			return new Says(true, "Refund of ₹229.50 for order " + order.number(),
					"Your bank or UPI app shows it within 5 to 7 working days.", "Your refund is on its way",
					"<p>Your bank or UPI app shows it within 5 to 7 working days.</p>", "Refund on its way",
					"₹229.50 for order " + order.number() + " is on its way back to you.", "Refund of ₹229.50",
					"For order " + order.number() + "; your bank or UPI app shows it within 5 to 7 working days.");
		}

		static Says inCash(TestOrders order) {
			return new Says(false, "Refund of ₹229.50 in cash for order " + order.number(),
					"The store gives it back to you in cash, in person, so it does not show in your bank or UPI app.",
					"Your refund in cash", "<p>The store gives it back to you in cash, in person", "Refund in cash",
					"₹229.50 for order " + order.number() + " is given back to you in cash by the store.",
					"Refund of ₹229.50 in cash", "For order " + order.number()
							+ "; the store gives it back to you in cash, in person, so it does not show in your bank or UPI app.");
		}

		static Says byBankTransfer(TestOrders order) {
			return new Says(false, "Refund of ₹229.50 by bank transfer for order " + order.number(),
					"The store sent it to your bank account by bank transfer.", "Your refund by bank transfer",
					"<p>The store sent it to your bank account by bank transfer.", "Refund sent to your bank",
					"₹229.50 for order " + order.number() + " was sent to your bank account by bank transfer.",
					"Refund of ₹229.50 by bank transfer", "For order " + order.number()
							+ "; the store sent it to your bank account by bank transfer, which usually shows within one working day.");
		}

	}

	private String registerDevice(UUID customer) {
		return new Api(this.client).registerDevice(customer,
				"fcm-" + UUID.randomUUID() + ":APA91b" + UUID.randomUUID().toString().replace("-", ""));
	}

	static List<Object> kindsOn(List<Map<String, Object>> deliveries, String channel) {
		return deliveries.stream()
			.filter((delivery) -> channel.equals(delivery.get("channel")))
			.map((delivery) -> delivery.get("kind"))
			.toList();
	}

	static List<Object> kindsOf(List<Map<String, Object>> notifications) {
		return notifications.stream().map((notification) -> notification.get("kind")).toList();
	}

	static void await(org.awaitility.core.ThrowingRunnable assertion) {
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(assertion);
	}

}
