package com.jainshikanji.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.testsupport.concurrent.Parallel;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A refund owed that Razorpay refused for good is given back another way (a bank
 * transfer, cash) and recorded by an admin or by staff of the payment's store whose job
 * there gives money back (a manager, cashier or support, never a rider or a chef): a
 * completed refund of its own kind, never sent to Razorpay, that counts as money given
 * back (so nothing gives it back again), leaves the listing and the gauge, is announced
 * like any refund, saying how it went back, and audited; once per Idempotency-Key and
 * once however many record it at once.
 */
@PaymentServiceTest
class OwedRefundSettlementTests {

	@Autowired
	EventJson json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	Api api;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@Test
	void staffRecordARefundOwedGivenBackByBankTransferAndNothingGivesItBackAgain() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("330.00");
		Flow.Paid paid = owe(order);
		double owedBefore = owedGauge();
		UUID staffId = UUID.randomUUID();

		Map<String, Object> settled = Api
			.json(settle(paid, TestTokens.staff(staffId, order.storeId()), null, " UTR 402913857720 ", key()), 201);

		assertThat(settled).containsEntry("kind", "MANUAL")
			.containsEntry("status", "COMPLETED")
			.containsEntry("settlementMethod", "BANK_TRANSFER")
			.containsEntry("amount", 330.0)
			.containsEntry("reference", "UTR 402913857720")
			.containsKey("completedAt");
		assertThat(settled.get("providerRefundId")).isNull();
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "REFUNDED")
			.containsEntry("amountRefunded", 330.0)
			.containsEntry("refundable", 0.0)
			.containsEntry("refundOwed", 0.0);
		assertThat(owedIds(order.staff())).doesNotContain(paid.paymentId().toString());
		assertThat(owedGauge()).isEqualTo(owedBefore - 1);
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 3);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed", "RefundProcessed");
		assertThat(this.json.payload(events.get(2), RefundProcessed.class)).satisfies((refund) -> {
			assertThat(refund.refundId()).hasToString((String) settled.get("id"));
			assertThat(refund.amount()).isEqualByComparingTo("330.00");
			assertThat(refund.totalRefunded()).isEqualByComparingTo("330.00");
			assertThat(refund.fullyRefunded()).isTrue();
			assertThat(refund.method()).isEqualTo(RefundProcessed.Method.BANK_TRANSFER);
		});
		Map<String, Object> audited = auditEntry(settled.get("id"));
		assertThat(audited).containsEntry("actorId", staffId.toString())
			.containsEntry("storeId", order.storeId().toString());
		assertThat(details(audited)).containsEntry("paymentId", paid.paymentId().toString())
			.containsEntry("amount", 330.0)
			.containsEntry("method", "BANK_TRANSFER")
			.containsEntry("reference", "UTR 402913857720");
		assertThat(this.jdbc.sql("SELECT requested_by FROM refunds WHERE id = :id::uuid")
			.param("id", settled.get("id"))
			.query(UUID.class)
			.single()).isEqualTo(staffId);

		// Razorpay would accept it now: the order service asking again, and staff, find
		// nothing left to give back.
		RazorpayStub.stubRefundsProcessed(paid.razorpayPaymentId());
		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "330.00"));
		assertThat(Problems.problem(this.flow.refund(paid, order.staff(), null, "Again?", key()), 409).typeSlug())
			.isEqualTo("refund-exceeds-captured");
		assertThat(Flow.refundsSent(paid.razorpayPaymentId())).as("only the refused compensation").hasSize(1);
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND status <> 'FAILED'",
				paid.paymentId()))
			.isOne();
		assertThat(Problems.problem(settle(paid, order.staff(), null, "UTR 402913857721", key()), 409).typeSlug())
			.isEqualTo("no-refund-owed");
	}

	@Test
	void anAdminSettlesPartOfWhatIsOwedAndNeverMoreThanIsLeftOwed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("340.00");
		Flow.Paid paid = owe(order);

		Map<String, Object> part = Api
			.json(settle(paid, TestTokens.admin(), "140.00", "CASH", "Cash at the counter", key()), 201);

		assertThat(part).containsEntry("amount", 140.0).containsEntry("settlementMethod", "CASH");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "PARTIALLY_REFUNDED")
			.containsEntry("amountRefunded", 140.0)
			.containsEntry("refundable", 200.0)
			.containsEntry("refundOwed", 200.0);
		assertThat(owedIds(order.staff())).contains(paid.paymentId().toString());
		Problem tooMuch = Problems.problem(settle(paid, order.staff(), "200.01", "Bank transfer", key()), 409);
		assertThat(tooMuch.typeSlug()).isEqualTo("settlement-exceeds-owed");
		assertThat(tooMuch.rule()).isEqualTo("settlement-within-refund-owed");
		assertThat(Api.json(settle(paid, order.staff(), "200.01", "Bank transfer", key()), 409))
			.containsEntry("refundOwed", 200.0)
			.containsEntry("settleable", 200.0);

		Api.json(settle(paid, order.staff(), "200.00", "Bank transfer", key()), 201);

		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "REFUNDED")
			.containsEntry("refundOwed", 0.0);
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 4);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed", "RefundProcessed", "RefundProcessed");
		assertThat(events.subList(2, 4)).extracting((event) -> this.json.payload(event, RefundProcessed.class).method())
			.as("the cash handed over at the counter, then the transfer")
			.containsExactly(RefundProcessed.Method.CASH, RefundProcessed.Method.BANK_TRANSFER);
	}

	/**
	 * A refund by hand still under way with Razorpay may yet give the money back: what it
	 * holds cannot be settled too, and once it completes nothing is owed.
	 */
	@Test
	void whatARefundStillUnderWayHoldsCannotBeSettledToo() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("350.00");
		Flow.Paid paid = owe(order);
		RazorpayStub.stubRefundsDown(paid.razorpayPaymentId());
		assertThat(Api.json(this.flow.refund(paid, order.staff(), null, "By hand", key()), 201)).containsEntry("status",
				"PENDING");

		Problem underWay = Problems.problem(settle(paid, order.staff(), null, "UTR 1", key()), 409);

		assertThat(underWay.typeSlug()).isEqualTo("settlement-exceeds-owed");
		assertThat(underWay.detail()).contains("under way");
		assertThat(Api.json(settle(paid, order.staff(), "1.00", "UTR 1", key()), 409)).containsEntry("settleable", 0.0);
		RazorpayStub.stubRefundsProcessed(paid.razorpayPaymentId());
		this.flow.awaitStatus(paid.paymentId(), "REFUNDED");
		assertThat(Problems.problem(settle(paid, order.staff(), null, "UTR 1", key()), 409).typeSlug())
			.isEqualTo("no-refund-owed");
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND kind = 'MANUAL'",
				paid.paymentId()))
			.isZero();
	}

	/**
	 * Staff refunded all but 50 paise of a paid order, then cancelled it: the 50 paise
	 * Razorpay would not refund are owed, listed, and handed back in cash (with no
	 * reference to quote), which refunds the payment in full like any settled refund
	 * owed.
	 */
	@Test
	void aCompensationLessThanRazorpayRefundsIsOwedAndHandedBackInCashWithoutAReference() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("84.00");
		Flow.Paid paid = this.flow.pay(order);
		Api.json(this.flow.refund(paid, order.staff(), "83.50", "Wrong flavour", key()), 201);
		double owedBefore = owedGauge();

		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), "84.00"));

		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "PARTIALLY_REFUNDED")
			.containsEntry("refundable", 0.5)
			.containsEntry("refundOwed", 0.5);
		assertThat(owedIds(order.staff())).contains(paid.paymentId().toString());
		assertThat(owedGauge()).isEqualTo(owedBefore + 1);
		assertThat(Problems.problem(this.flow.refund(paid, order.staff(), "0.50", "By hand", key()), 422).typeSlug())
			.as("staff settle it another way")
			.isEqualTo("refund-below-minimum");

		Map<String, Object> settled = Api.json(settle(paid, order.staff(), null, "CASH", null, key()), 201);

		assertThat(settled).containsEntry("kind", "MANUAL")
			.containsEntry("status", "COMPLETED")
			.containsEntry("settlementMethod", "CASH")
			.containsEntry("amount", 0.5);
		assertThat(settled.get("reference")).isNull();
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "REFUNDED")
			.containsEntry("amountRefunded", 84.0)
			.containsEntry("refundable", 0.0)
			.containsEntry("refundOwed", 0.0);
		assertThat(owedIds(order.staff())).doesNotContain(paid.paymentId().toString());
		assertThat(owedGauge()).isEqualTo(owedBefore);
		List<EventEnvelope> events = this.flow.paymentEvents(order.orderId(), 3);
		assertThat(events).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundProcessed", "RefundProcessed");
		assertThat(this.json.payload(events.get(2), RefundProcessed.class)).satisfies((refund) -> {
			assertThat(refund.amount()).isEqualByComparingTo("0.50");
			assertThat(refund.totalRefunded()).isEqualByComparingTo("84.00");
			assertThat(refund.fullyRefunded()).as("the order service marks the cancelled order refunded").isTrue();
			assertThat(refund.method()).isEqualTo(RefundProcessed.Method.CASH);
		});
		assertThat(Flow.refundsSent(paid.razorpayPaymentId())).as("only the staff refund").hasSize(1);
	}

	@Test
	void cashHandedBackMayBeRecordedWithOrWithoutANoteAndRetriedAlike() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("365.00");
		Flow.Paid paid = owe(order);
		String bare = key();
		Map<String, Object> first = Api.json(settle(paid, order.staff(), "5.00", "CASH", null, bare), 201);
		Map<String, Object> blank = Api.json(settle(paid, order.staff(), "6.00", "CASH", "  ", key()), 201);
		Map<String, Object> noted = Api
			.json(settle(paid, order.staff(), "7.00", "CASH", " Ravi, at the counter ", key()), 201);

		assertThat(first.get("reference")).isNull();
		assertThat(blank.get("reference")).as("a blank note is none").isNull();
		assertThat(noted).containsEntry("reference", "Ravi, at the counter");
		assertThat(Api.json(settle(paid, order.staff(), "5.00", "CASH", null, bare), 200)).containsEntry("id",
				first.get("id"));
		assertThat(Problems.problem(settle(paid, order.staff(), "5.00", "CASH", "A note now", bare), 422).typeSlug())
			.isEqualTo("idempotency-key-reused");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 18.0)
			.containsEntry("refundOwed", 347.0);
	}

	@Test
	void aRetriedSettlementAnswersWithTheRefundItRecordedAndAKeyReusedForAnotherIsRefused() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("360.00");
		Flow.Paid paid = owe(order);
		String key = key();
		Map<String, Object> first = Api.json(settle(paid, order.staff(), "60.00", "UTR 77", key), 201);

		Map<String, Object> again = Api.json(settle(paid, order.staff(), "60.00", "UTR 77", key), 200);

		assertThat(again).containsEntry("id", first.get("id")).containsEntry("amount", 60.0);
		assertThat(Problems.problem(settle(paid, order.staff(), "60.00", "UTR 78", key), 422).typeSlug())
			.isEqualTo("idempotency-key-reused");
		assertThat(Problems.problem(settle(paid, order.staff(), "61.00", "UTR 77", key), 422).typeSlug())
			.isEqualTo("idempotency-key-reused");
		assertThat(Problems.problem(settle(paid, order.staff(), "60.00", "CASH", "UTR 77", key), 422).typeSlug())
			.as("given back another way")
			.isEqualTo("idempotency-key-reused");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 60.0)
			.containsEntry("refundOwed", 300.0);
	}

	@Test
	void manyRecordingTheSameRefundOwedAtOnceRecordItOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("370.00");
		Flow.Paid paid = owe(order);
		String staff = order.staff();

		List<Integer> statuses = Parallel.run(10,
				(i) -> settle(paid, staff, null, "UTR " + i, key()).returnResult().getStatus().value());

		assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND kind = 'MANUAL'",
				paid.paymentId()))
			.isOne();
		assertThat(this.flow.payment(paid, staff)).containsEntry("amountRefunded", 370.0)
			.containsEntry("refundOwed", 0.0);
		assertThat(this.flow.paymentEvents(order.orderId(), 3)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted", "RefundFailed", "RefundProcessed");
	}

	@Test
	void oneSettlementRetriedManyTimesAtOnceIsRecordedOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("375.00");
		Flow.Paid paid = owe(order);
		String staff = order.staff();
		String key = key();

		List<Integer> statuses = Parallel.run(6,
				(i) -> settle(paid, staff, null, "UTR 5", key).returnResult().getStatus().value());

		assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND kind = 'MANUAL'",
				paid.paymentId()))
			.isOne();
		assertThat(this.flow.payment(paid, staff)).containsEntry("amountRefunded", 375.0)
			.containsEntry("refundOwed", 0.0);
	}

	@Test
	void onlyStaffOfTheStoreAndAdminsRecordASettlementOfWhatIsOwed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("380.00");
		Flow.Paid paid = owe(order);

		assertThat(Problems.problem(settle(paid, null, null, "UTR 9", key()), 401).typeSlug())
			.isEqualTo("authentication-required");
		assertThat(Problems.problem(settle(paid, order.customer(), null, "UTR 9", key()), 403).typeSlug())
			.isEqualTo("access-denied");
		assertThat(Problems.problem(settle(paid, TestTokens.staffOf(UUID.randomUUID()), null, "UTR 9", key()), 404)
			.typeSlug()).isEqualTo("payment-not-found");
		Flow.Paid unknown = new Flow.Paid(UUID.randomUUID(), paid.razorpayOrderId(), paid.razorpayPaymentId());
		assertThat(Problems.problem(settle(unknown, TestTokens.admin(), null, "UTR 9", key()), 404).typeSlug())
			.isEqualTo("payment-not-found");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("refundOwed", 380.0);
	}

	@Test
	void aManagerACashierAndSupportOfTheStoreEachSettleAndSeeWhatIsOwed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("385.00");
		Flow.Paid paid = owe(order);
		String cashier = TestTokens.staffAs("CASHIER", UUID.randomUUID(), order.storeId());
		String support = TestTokens.staffAs("SUPPORT", UUID.randomUUID(), order.storeId());
		String manager = TestTokens.staff(UUID.randomUUID(), order.storeId());

		assertThat(this.flow.refundsOwed(cashier, 0, 200)).containsExactly(paid.paymentId().toString());
		assertThat(this.flow.refundsOwed(support, 0, 200)).containsExactly(paid.paymentId().toString());
		Api.json(settle(paid, cashier, "10.00", "UTR 11", key()), 201);
		Api.json(settle(paid, support, "20.00", "UTR 12", key()), 201);
		Api.json(settle(paid, manager, "30.00", "UTR 13", key()), 201);

		assertThat(this.flow.payment(paid, order.staff())).containsEntry("amountRefunded", 60.0)
			.containsEntry("refundOwed", 325.0);
	}

	/**
	 * A rider or a chef of the store reads the payment (and what it owes), but the
	 * refunds owed are not theirs to list or settle: told why, and nothing is recorded.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "DELIVERY", "CHEF" })
	void staffWhoseJobDoesNotGiveMoneyBackNeitherSeeNorSettleWhatIsOwed(String job) {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("395.00");
		Flow.Paid paid = owe(order);
		String staff = TestTokens.staffAs(job, UUID.randomUUID(), order.storeId());

		Problem refused = Problems.problem(settle(paid, staff, null, "UTR 10", key()), 403);

		assertThat(refused.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(refused.detail())
			.contains("Your job at store " + order.storeId() + " (" + job + ") does not allow refunds");
		assertNothingSettled(paid, staff, order.total());
		assertThat(this.flow.refundsOwed(staff, 0, 200)).isEmpty();
	}

	/** A token issued before jobs were carried settles nothing: it fails closed. */
	@Test
	void staffWhoseTokenNamesNoJobAtTheStoreNeitherSeeNorSettleWhatIsOwed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("396.00");
		Flow.Paid paid = owe(order);
		String staff = TestTokens.token(UUID.randomUUID(), List.of("STAFF"), List.of(order.storeId()));

		Problem refused = Problems.problem(settle(paid, staff, null, "UTR 10", key()), 403);

		assertThat(refused.typeSlug()).isEqualTo("store-duty-not-allowed");
		assertThat(refused.detail()).contains("names no job at store " + order.storeId());
		assertNothingSettled(paid, staff, order.total());
		assertThat(this.flow.refundsOwed(staff, 0, 200)).isEmpty();
	}

	@Test
	void aPaymentOwingNothingHasNothingToSettle() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("390.00");
		Flow.Paid paid = this.flow.pay(order);

		Problem problem = Problems.problem(settle(paid, order.staff(), null, "UTR 3", key()), 409);

		assertThat(problem.typeSlug()).isEqualTo("no-refund-owed");
		assertThat(problem.rule()).isEqualTo("settles-only-a-refund-owed");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("status", "COMPLETED")
			.containsEntry("amountRefunded", 0.0);
	}

	@Test
	void aTransfersMissingBlankOrTooLongReferenceAndABadAmountMethodOrKeyAreNamed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("400.00");
		Flow.Paid paid = owe(order);

		// Whether the customer looks in their bank account or was handed cash is theirs
		// to be told: never left out, and never said to have gone through Razorpay.
		for (String method : new String[] { null, "CHEQUE", "ORIGINAL_METHOD", "" }) {
			assertThat(Problems.problem(settle(paid, order.staff(), null, method, "UTR 4", key()), 400).fields())
				.as("method %s", method)
				.containsExactly("method");
		}
		assertThat(Problems.problem(settle(paid, order.staff(), null, null, key()), 400).errors()).containsExactly(
				Map.of("field", "reference", "message", "must not be blank for a BANK_TRANSFER (the transfer's UTR)"));
		assertThat(Problems.problem(settle(paid, order.staff(), null, " \t", key()), 400).fields())
			.containsExactly("reference");
		assertThat(Problems.problem(settle(paid, order.staff(), null, "U".repeat(201), key()), 400).fields())
			.containsExactly("reference");
		assertThat(Problems.problem(settle(paid, order.staff(), null, "CASH", "U".repeat(201), key()), 400).fields())
			.containsExactly("reference");
		assertThat(Problems.problem(settle(paid, order.staff(), null, null, null, key()), 400).fields())
			.as("how it went back decides whether a reference is needed")
			.containsExactly("method");
		assertThat(Problems.problem(settle(paid, order.staff(), "0.00", "UTR 4", key()), 400).fields())
			.containsExactly("amount");
		assertThat(Problems.problem(settle(paid, order.staff(), "1.001", "UTR 4", key()), 400).fields())
			.containsExactly("amount");
		assertThat(Problems.problem(settle(paid, order.staff(), null, "UTR 4", null), 400).fields())
			.containsExactly("Idempotency-Key");
		assertThat(this.flow.payment(paid, order.staff())).containsEntry("refundOwed", 400.0);
		Api.json(settle(paid, order.staff(), null, "U".repeat(200), key()), 201);
	}

	/**
	 * Staff see every payment their stores owe, page after page: a page is short only
	 * when it is the last.
	 */
	@Test
	void theRefundsOwedArePagedExactlyForStaffOfTheirStores() {
		UUID store = UUID.randomUUID();
		UUID otherStore = UUID.randomUUID();
		List<String> owing = List
			.of(owe(this.orders.placeOnlineAt(store, "101.00")), owe(this.orders.placeOnlineAt(otherStore, "102.00")),
					owe(this.orders.placeOnlineAt(store, "103.00")))
			.stream()
			.map((paid) -> paid.paymentId().toString())
			.toList();
		owe(this.orders.placeOnline("104.00"));
		String staff = TestTokens.staffOf(store, otherStore);

		List<String> first = this.flow.refundsOwed(staff, 0, 2);
		List<String> second = this.flow.refundsOwed(staff, 1, 2);

		assertThat(first).containsExactly(owing.get(0), owing.get(1));
		assertThat(second).containsExactly(owing.get(2));
		assertThat(this.flow.refundsOwed(staff, 2, 2)).isEmpty();
		assertThat(this.flow.refundsOwed(TestTokens.staffOf(store), 0, 1)).containsExactly(owing.get(0));
		assertThat(this.flow.refundsOwed(TestTokens.staffOf(store), 1, 1)).containsExactly(owing.get(2));
	}

	/** Pays the order, then Razorpay refuses its compensation: all of it is owed. */
	private Flow.Paid owe(OrderEvents.PlacedOrder order) {
		Flow.Paid paid = this.flow.pay(order);
		RazorpayStub.stubRefundsRefused(paid.razorpayPaymentId(), "The payment is too old to be refunded");
		this.orders.awaitApplied(this.orders.requestRefund(order, paid.paymentId(), order.total().toPlainString()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.flow.payment(paid, order.staff()).get("refundOwed"))
				.isEqualTo(order.total().doubleValue()));
		return paid;
	}

	/** Records a settlement by bank transfer. */
	private RestTestClient.ResponseSpec settle(Flow.Paid paid, @Nullable String token, @Nullable String amount,
			@Nullable String reference, @Nullable String key) {
		return settle(paid, token, amount, "BANK_TRANSFER", reference, key);
	}

	private RestTestClient.ResponseSpec settle(Flow.Paid paid, @Nullable String token, @Nullable String amount,
			@Nullable String method, @Nullable String reference, @Nullable String key) {
		Map<String, Object> body = new HashMap<>();
		if (amount != null) {
			body.put("amount", new BigDecimal(amount));
		}
		if (method != null) {
			body.put("method", method);
		}
		if (reference != null) {
			body.put("reference", reference);
		}
		return this.api.exchange(HttpMethod.POST, "/api/v1/payments/" + paid.paymentId() + "/refund-owed/settlement",
				token, body, (key != null) ? Map.of("Idempotency-Key", key) : Map.of());
	}

	/** No settlement recorded, all of it still owed; the caller still reads it. */
	private void assertNothingSettled(Flow.Paid paid, String reader, BigDecimal owed) {
		assertThat(this.flow.count("SELECT count(*) FROM refunds WHERE payment_id = :id AND kind = 'MANUAL'",
				paid.paymentId()))
			.isZero();
		assertThat(this.flow.payment(paid, reader)).containsEntry("amountRefunded", 0.0)
			.containsEntry("refundOwed", owed.doubleValue());
	}

	private List<String> owedIds(String token) {
		return this.flow.refundsOwed(token, 0, 200);
	}

	private double owedGauge() {
		return this.meters.get("payment.refunds.owed").gauge().value();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> auditEntry(Object refundId) {
		List<Map<String, Object>> entries = (List<Map<String, Object>>) Api
			.ok(this.api.get("/api/v1/admin/audit?action=refund.settled-outside-razorpay&targetId=" + refundId,
					TestTokens.admin()))
			.get("items");
		assertThat(entries).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

	private static String key() {
		return "settle-" + UUID.randomUUID();
	}

}
