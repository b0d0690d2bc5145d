package com.jainshikanji.payment;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.payment.RefundFailed;
import com.jainshikanji.common.money.Money;
import com.jainshikanji.payment.refund.RefundService;
import com.jainshikanji.payment.refund.RefundSubmitter;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The refund the service makes by itself when money came in for a cancelled order (its
 * compensation) reaches the customer once: a Razorpay that fails to answer gets it again,
 * under the same idempotency key, until it answers; a Razorpay that refuses it leaves the
 * money owed on the payment, listed for staff and counted, and the order service asking
 * again (or staff by hand) refunds it; however many ask and send at once, it is refunded
 * once.
 */
@PaymentServiceTest
class CompensationTests {

	private static final String OWED = "/api/v1/payments/refunds-owed";

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	RefundService refunds;

	@Autowired
	RefundSubmitter submitter;

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	/**
	 * Four 503s: the submission's own three attempts, then the sweep's next one after its
	 * pause, which goes through.
	 */
	@Test
	void aCompensationRazorpayAnswersWithServerErrorsIsSentAgainUnderItsKeyAndRefundedOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("310.00");
		Flow.Paid paid = this.flow.pay(order);
		String scenario = "server errors " + paid.razorpayPaymentId();
		for (int i = 0; i < 3; i++) {
			RazorpayStub.server()
				.stubFor(refundOf(paid).inScenario(scenario)
					.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "failed " + i)
					.willSetStateTo("failed " + (i + 1))
					.willReturn(RazorpayStub.serverError()));
		}
		RazorpayStub.server()
			.stubFor(refundOf(paid).inScenario(scenario)
				.whenScenarioStateIs("failed 3")
				.willReturn(refundAnswer(RazorpayStub.refund("processed"))));

		this.orders.requestRefund(order, paid.paymentId(), "310.00");

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		String compensation = onlyLiveCompensation(paid);
		List<LoggedRequest> sent = refundsSent(paid);
		assertThat(sent).hasSize(4)
			.allSatisfy((request) -> assertThat(request.getHeader("X-Refund-Idempotency")).isEqualTo(compensation))
			.allSatisfy((request) -> assertThat(request.getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString()));
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 310.0)
			.containsEntry("refundOwed", 0.0);
	}

	/**
	 * Razorpay refunded, but its answer came after our read timeout: the resend under the
	 * same X-Refund-Idempotency is answered with that same refund, never a second.
	 */
	@Test
	void aCompensationWhoseAnswerTimedOutAfterRazorpayMadeItIsThatSameRefundWhenSentAgain() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("320.00");
		Flow.Paid paid = this.flow.pay(order);
		String made = "rfnd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
		String answer = RazorpayStub.refund("processed")
			.replace("rfnd_{{randomValue length=14 type='ALPHANUMERIC'}}", made);
		String scenario = "slow answer " + paid.razorpayPaymentId();
		RazorpayStub.server()
			.stubFor(refundOf(paid).inScenario(scenario)
				.whenScenarioStateIs(Scenario.STARTED)
				.willSetStateTo("made")
				.willReturn(refundAnswer(answer).withFixedDelay(6000)));
		RazorpayStub.server()
			.stubFor(refundOf(paid).inScenario(scenario).whenScenarioStateIs("made").willReturn(refundAnswer(answer)));

		this.orders.requestRefund(order, paid.paymentId(), "320.00");

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		assertThat(this.jdbc.sql("SELECT provider_refund_id FROM refunds WHERE payment_id = :id")
			.param("id", paid.paymentId())
			.query(String.class)
			.single()).isEqualTo(made);
		assertThat(refundsSent(paid)).hasSizeGreaterThan(1)
			.extracting((request) -> request.getHeader("X-Refund-Idempotency"))
			.containsOnly(onlyLiveCompensation(paid));
		assertThat(this.flow.paymentEvents(order.orderId(), 2)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed");
	}

	@Test
	void aCompensationRazorpayRefusesLeavesItsMoneyOwedForStaffAndTheOrderServiceAskingAgainRefundsIt() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("330.00");
		Flow.Paid paid = this.flow.pay(order);
		stubRefused(paid);
		double owedBefore = owedGauge();

		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "330.00"));

		awaitCompensations(paid, "FAILED");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "COMPLETED")
			.containsEntry("refundable", 330.0)
			.containsEntry("refundOwed", 330.0);
		assertThat(owedIds(order.staff())).contains(paid.paymentId().toString());
		assertThat(owedIds(TestTokens.admin())).contains(paid.paymentId().toString());
		assertThat(owedIds(TestTokens.staffOf(UUID.randomUUID()))).doesNotContain(paid.paymentId().toString());
		assertThat(owedGauge()).isEqualTo(owedBefore + 1);
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 2);
		assertThat(this.json.payload(events.get(1), RefundFailed.class).amount()).isEqualByComparingTo("330.00");

		RazorpayStub.stubRefundsProcessed(paid.razorpayPaymentId());
		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "330.00"));

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		awaitCompensations(paid, "FAILED", "COMPLETED");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("refundOwed", 0.0);
		assertThat(owedIds(order.staff())).doesNotContain(paid.paymentId().toString());
		assertThat(owedGauge()).isEqualTo(owedBefore);
		assertThat(this.flow.paymentEvents(order.orderId(), 3)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed", "RefundProcessed");
	}

	@Test
	void aCompensationRazorpayRefusedIsOwedUntilStaffRefundItByHand() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("340.00");
		Flow.Paid paid = this.flow.pay(order);
		stubRefused(paid);
		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "340.00"));
		awaitCompensations(paid, "FAILED");
		RazorpayStub.stubRefundsProcessed(paid.razorpayPaymentId());

		Map<String, Object> part = Api.json(staffRefund(paid, order.staff(), "140.00"), 201);

		assertThat(part).containsEntry("status", "COMPLETED");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("refundOwed", 200.0);
		assertThat(owedIds(order.staff())).contains(paid.paymentId().toString());
		Api.json(staffRefund(paid, order.staff(), null), 201);
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "REFUNDED")
			.containsEntry("refundOwed", 0.0);
		assertThat(owedIds(order.staff())).doesNotContain(paid.paymentId().toString());
	}

	/**
	 * After a refusal, the order service's request redelivered, asked again, and several
	 * instances booking and sweeping at once: one new compensation, sent once.
	 */
	@Test
	void aCompensationAskedForByManyAtOnceAfterARefusalIsBookedOnceAndSentOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("350.00");
		Flow.Paid paid = this.flow.pay(order);
		stubRefused(paid);
		EventEnvelope first = this.orders.requestRefund(order, paid.paymentId(), "350.00");
		this.orders.awaitApplied(first);
		String refused = awaitCompensations(paid, "FAILED").get(0);
		RazorpayStub.stubRefundsProcessed(paid.razorpayPaymentId());

		this.orders.publish(first);
		EventEnvelope again = this.orders.requestRefund(order, paid.paymentId(), "350.00");
		this.orders.publish(again);
		Parallel.run(8,
				(i) -> (i % 2 == 0)
						? this.refunds.compensate(paid.paymentId(), Money.of("350.00"), "Asked again " + i).isPresent()
						: this.submitter.submitDue() > 0);
		this.orders.awaitApplied(again);

		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		String compensation = onlyLiveCompensation(paid);
		assertThat(refundsSent(paid)).extracting((request) -> request.getHeader("X-Refund-Idempotency"))
			.containsExactly(refused, compensation);
		assertThat(this.flow.paymentEvents(order.orderId(), 3)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed", "RefundProcessed");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 350.0)
			.containsEntry("refundOwed", 0.0);
	}

	@Test
	void onlyStaffAndAdminsListTheRefundsOwedAndPagesAreBounded() {
		assertThat(Problems.problem(this.api.get(OWED, TestTokens.customer()), 403).typeSlug())
			.isEqualTo("access-denied");
		assertThat(Problems.problem(this.api.get(OWED + "?size=201", TestTokens.admin()), 400).fields())
			.containsExactly("size");
		assertThat(
				Problems.problem(this.api.get(OWED + "?page=-1", TestTokens.staffOf(UUID.randomUUID())), 400).fields())
			.containsExactly("page");
	}

	private List<String> owedIds(String token) {
		return this.flow.refundsOwed(token, 0, 200);
	}

	private double owedGauge() {
		return this.meters.get("payment.refunds.owed").gauge().value();
	}

	/** The payment's compensations, oldest first, once they are in these statuses. */
	private List<String> awaitCompensations(Flow.Paid paid, String... statuses) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT status FROM refunds WHERE payment_id = :id AND kind = 'COMPENSATION' ORDER BY created_at")
				.param("id", paid.paymentId())
				.query(String.class)
				.list()).containsExactly(statuses));
		return this.jdbc
			.sql("SELECT id::text FROM refunds WHERE payment_id = :id AND kind = 'COMPENSATION' ORDER BY created_at")
			.param("id", paid.paymentId())
			.query(String.class)
			.list();
	}

	private String onlyLiveCompensation(Flow.Paid paid) {
		return this.jdbc
			.sql("SELECT id::text FROM refunds WHERE payment_id = :id AND kind = 'COMPENSATION' AND status <> 'FAILED'")
			.param("id", paid.paymentId())
			.query(String.class)
			.single();
	}

	private RestTestClient.ResponseSpec staffRefund(Flow.Paid paid, String token, @Nullable String amount) {
		return this.flow.refund(paid, token, amount, "Refused compensation, by hand", UUID.randomUUID().toString());
	}

	private static void stubRefused(Flow.Paid paid) {
		RazorpayStub.stubRefundsRefused(paid.razorpayPaymentId(), "The payment is not eligible for a refund");
	}

	private static MappingBuilder refundOf(Flow.Paid paid) {
		return WireMock.post(urlPathEqualTo("/v1/payments/" + paid.razorpayPaymentId() + "/refund"));
	}

	private static ResponseDefinitionBuilder refundAnswer(String body) {
		return RazorpayStub.json(200, body);
	}

	private static List<LoggedRequest> refundsSent(Flow.Paid paid) {
		return Flow.refundsSent(paid.razorpayPaymentId());
	}

}
