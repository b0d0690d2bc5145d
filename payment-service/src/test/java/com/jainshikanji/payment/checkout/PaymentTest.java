package com.jainshikanji.payment.checkout;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;
import com.jainshikanji.common.money.Money;

import static com.jainshikanji.payment.checkout.TestOrders.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A payment's state machine: it only moves forward, each announced move happens once, and
 * refunds never exceed what was captured.
 */
class PaymentTest {

	static final Instant LATER = NOW.plusSeconds(60);

	static final RefundProcessed.Method CASH = RefundProcessed.Method.CASH;

	final Capture capture = new Capture("pay_29QQoUBi66xm2f", "card", Money.of("250.00"));

	Payment pending() {
		return Payment.online(UUID.randomUUID(), TestOrders.online(), "order_DBJOWzybf0sJbb", NOW);
	}

	Payment completed() {
		Payment payment = pending();
		payment.capture(this.capture, NOW);
		return payment;
	}

	@Test
	void anOnlinePaymentStartsPendingForTheOrdersTotalThroughRazorpay() {
		Payment payment = pending();

		assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(payment.view().amount()).isEqualTo(Money.of("250.00"));
		assertThat(payment.view().method()).isEqualTo("upi");
		assertThat(payment.view().provider()).isEqualTo("razorpay");
		assertThat(payment.view().currency()).isEqualTo("INR");
		assertThat(payment.providerOrderId()).isEqualTo("order_DBJOWzybf0sJbb");
		assertThat(payment.events()).isEmpty();
	}

	@Test
	void aCashOrderCannotBePaidOnlineNorAnOnlineOrderInCash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Payment.online(UUID.randomUUID(), TestOrders.cash(), "order_x", NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> Payment.cashOnDelivery(TestOrders.online(), NOW));
	}

	@Test
	void aSignedCheckoutMovesAPendingPaymentToProcessingOnce() {
		Payment payment = pending();

		assertThat(payment.startProcessing("pay_A", NOW)).isTrue();
		assertThat(payment.startProcessing("pay_A", LATER)).isFalse();

		assertThat(payment.status()).isEqualTo(PaymentStatus.PROCESSING);
		assertThat(payment.providerPaymentId()).isEqualTo("pay_A");
		assertThat(payment.events()).isEmpty();
	}

	@Test
	void aCaptureCompletesThePaymentOnceAndAnnouncesIt() {
		Payment payment = pending();
		payment.startProcessing("pay_29QQoUBi66xm2f", NOW);

		assertThat(payment.capture(this.capture, LATER)).isEqualTo(Payment.CaptureOutcome.COMPLETED);
		assertThat(payment.capture(this.capture, LATER.plusSeconds(1)))
			.isEqualTo(Payment.CaptureOutcome.ALREADY_CAPTURED);

		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.view().method()).as("the method the customer really used").isEqualTo("card");
		assertThat(payment.events()).containsExactly(new PaymentCompleted(payment.id(), payment.orderId(),
				Money.of("250.00").amount(), "card", "pay_29QQoUBi66xm2f", LATER));
	}

	@Test
	void aCaptureCompletesAPendingPaymentWhoseCheckoutWasNeverVerified() {
		Payment payment = pending();

		assertThat(payment.capture(this.capture, NOW)).isEqualTo(Payment.CaptureOutcome.COMPLETED);
		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
	}

	@Test
	void aFailureAfterTheCaptureChangesNothing() {
		Payment payment = completed();

		assertThat(payment.fail(this.capture.providerPaymentId(), "Payment declined", LATER)).isFalse();
		assertThat(payment.fail("pay_other", "Payment declined", LATER)).isFalse();

		assertThat(payment.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(payment.events()).as("only the completion").hasSize(1).allMatch(PaymentCompleted.class::isInstance);
	}

	@Test
	void aFailureFailsAPendingPaymentOnceAndAnnouncesIt() {
		Payment payment = pending();

		assertThat(payment.fail("pay_A", "Your bank declined the payment", NOW)).isTrue();
		assertThat(payment.fail("pay_A", "Your bank declined the payment", LATER)).isFalse();

		assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(payment.events()).containsExactly(new PaymentFailed(payment.id(), payment.orderId(),
				Money.of("250.00").amount(), "Your bank declined the payment", NOW));
	}

	@Test
	void theFailureOfAnotherAttemptDoesNotFailAPaymentBeingProcessed() {
		Payment payment = pending();
		payment.startProcessing("pay_B", NOW);

		assertThat(payment.fail("pay_A", "Declined", LATER)).isFalse();
		assertThat(payment.status()).isEqualTo(PaymentStatus.PROCESSING);

		assertThat(payment.fail("pay_B", "Declined", LATER)).isTrue();
		assertThat(payment.status()).isEqualTo(PaymentStatus.FAILED);
	}

	@Test
	void aCaptureOfAPaymentThatEndedUnpaidNeedsAPaymentOfItsOwn() {
		Payment failed = pending();
		failed.fail("pay_A", "Declined", NOW);
		Payment cancelled = pending();
		cancelled.cancel(NOW);

		assertThat(failed.capture(this.capture, LATER)).isEqualTo(Payment.CaptureOutcome.NEEDS_LATE_CAPTURE);
		assertThat(cancelled.capture(this.capture, LATER)).isEqualTo(Payment.CaptureOutcome.NEEDS_LATE_CAPTURE);

		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
	}

	@Test
	void aCaptureOfTheVeryAttemptThatFailedNeedsAPaymentOfItsOwn() {
		Payment failed = pending();
		failed.fail(this.capture.providerPaymentId(), "Declined", NOW);

		assertThat(failed.capture(this.capture, LATER)).isEqualTo(Payment.CaptureOutcome.NEEDS_LATE_CAPTURE);
		Payment late = Payment.lateCapture(failed, this.capture, LATER);

		assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(failed.providerPaymentId()).as("the attempt that failed").isEqualTo("pay_29QQoUBi66xm2f");
		assertThat(late.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(late.providerPaymentId()).as("the same attempt, captured").isEqualTo("pay_29QQoUBi66xm2f");
	}

	@Test
	void aSecondCaptureOfACompletedPaymentNeedsAPaymentOfItsOwn() {
		Payment payment = completed();

		assertThat(payment.capture(new Capture("pay_second", "upi", Money.of("250.00")), LATER))
			.isEqualTo(Payment.CaptureOutcome.NEEDS_LATE_CAPTURE);
		assertThat(payment.providerPaymentId()).isEqualTo(this.capture.providerPaymentId());
	}

	@Test
	void aLateCaptureIsACompletedPaymentOfTheSameOrderMarkedLate() {
		Payment failed = pending();
		failed.fail("pay_A", "Declined", NOW);

		Payment late = Payment.lateCapture(failed, this.capture, LATER);

		assertThat(late.id()).isNotEqualTo(failed.id());
		assertThat(late.orderId()).isEqualTo(failed.orderId());
		assertThat(late.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(late.isLateCapture()).isTrue();
		assertThat(late.providerOrderId()).isEqualTo(failed.providerOrderId());
		assertThat(late.events()).containsExactly(new PaymentCompleted(late.id(), failed.orderId(),
				Money.of("250.00").amount(), "card", "pay_29QQoUBi66xm2f", LATER));
	}

	@Test
	void cancellingStopsOnlyAPendingPayment() {
		Payment pending = pending();
		Payment processing = pending();
		processing.startProcessing("pay_A", NOW);
		Payment completed = completed();

		assertThat(pending.cancel(LATER)).isTrue();
		assertThat(pending.cancel(LATER)).isFalse();
		assertThat(processing.cancel(LATER)).isFalse();
		assertThat(completed.cancel(LATER)).isFalse();

		assertThat(pending.status()).isEqualTo(PaymentStatus.CANCELLED);
		assertThat(processing.status()).isEqualTo(PaymentStatus.PROCESSING);
		assertThat(completed.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(pending.startProcessing("pay_B", LATER)).isFalse();
	}

	@Test
	void cashIsCollectedOnceAndAnnouncedWithoutAProviderPayment() {
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);

		assertThat(cash.status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(cash.view().provider()).isEqualTo("none");
		assertThat(cash.collectCash(LATER)).isTrue();
		assertThat(cash.collectCash(LATER.plusSeconds(1))).isFalse();

		assertThat(cash.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(cash.events()).containsExactly(
				new PaymentCompleted(cash.id(), cash.orderId(), Money.of("180.00").amount(), "cod", null, LATER));
	}

	@Test
	void aCashOrderThatCostsNothingHasNoCashToCollect() {
		assertThatIllegalArgumentException().isThrownBy(() -> Payment.cashOnDelivery(TestOrders.cash(Money.ZERO), NOW))
			.withMessageContaining("costs nothing");
	}

	@Test
	void cashAndOnlinePaymentsRefuseEachOthersMoves() {
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		Payment online = pending();

		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> cash.startProcessing("pay_A", NOW));
		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> cash.capture(this.capture, NOW));
		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> online.collectCash(NOW));
	}

	@Test
	void cashNotCollectedAtDeliveryFailsThePaymentOnceWithoutAnnouncingIt() {
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);

		assertThat(cash.cashNotCollected(LATER)).isTrue();
		assertThat(cash.cashNotCollected(LATER.plusSeconds(1))).isFalse();

		assertThat(cash.status()).isEqualTo(PaymentStatus.FAILED);
		assertThat(cash.view().failedAt()).isEqualTo(LATER);
		assertThat(cash.view().failureReason()).isEqualTo("Cash not collected at delivery");
		assertThat(cash.refundable()).isEqualTo(Money.ZERO);
		assertThat(cash.events()).as("the order service told everyone; no declined payment to count").isEmpty();
		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> cash.collectCash(LATER))
			.withMessageContaining("FAILED");
	}

	@Test
	void cashThatEndedAlreadyIsNotFailedByADeliveryWithoutIt() {
		Payment collected = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		collected.collectCash(NOW);
		Payment cancelled = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		cancelled.cancel(NOW);

		assertThat(collected.cashNotCollected(LATER)).isFalse();
		assertThat(cancelled.cashNotCollected(LATER)).isFalse();

		assertThat(collected.status()).isEqualTo(PaymentStatus.COMPLETED);
		assertThat(cancelled.status()).isEqualTo(PaymentStatus.CANCELLED);
		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> pending().cashNotCollected(NOW));
	}

	@Test
	void cashOfACancelledOrderCannotBeCollected() {
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		cash.cancel(NOW);

		assertThatExceptionOfType(IllegalPaymentTransition.class).isThrownBy(() -> cash.collectCash(LATER))
			.withMessageContaining("CANCELLED");
	}

	@Test
	void onlyCapturedMoneyCanBeRefunded() {
		Payment payment = pending();

		assertThat(payment.refundable()).isEqualTo(Money.ZERO);
		assertThatExceptionOfType(PaymentNotRefundable.class).isThrownBy(() -> payment.reserveRefund(Money.of("10.00")))
			.withMessageContaining("PENDING");
	}

	@Test
	void refundsAreReservedUpToTheCapturedAmountAndNotBeyond() {
		Payment payment = completed();

		payment.reserveRefund(Money.of("100.00"));
		payment.reserveRefund(Money.of("150.00"));

		assertThat(payment.refundable()).isEqualTo(Money.ZERO);
		assertThatExceptionOfType(RefundExceedsCaptured.class).isThrownBy(() -> payment.reserveRefund(Money.of("0.01")))
			.satisfies((ex) -> assertThat(ex.problemProperties()).containsEntry("refundable", Money.ZERO.amount()));
		assertThat(payment.status()).as("reserved, not yet refunded").isEqualTo(PaymentStatus.COMPLETED);
	}

	@Test
	void aRefundOfMoreThanIsLeftIsRefusedNamingWhatIsLeft() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("200.00"));

		assertThatExceptionOfType(RefundExceedsCaptured.class)
			.isThrownBy(() -> payment.reserveRefund(Money.of("60.00")))
			.withMessageContaining("INR 50.00");
		assertThatIllegalArgumentException().isThrownBy(() -> payment.reserveRefund(Money.ZERO));
	}

	@Test
	void anOnlinePaymentRefundsAtLeastOneRupeeAndCashAnyAmount() {
		Payment online = completed();
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		cash.collectCash(NOW);

		assertThatExceptionOfType(RefundBelowMinimum.class).isThrownBy(() -> online.reserveRefund(Money.of("0.99")))
			.satisfies((ex) -> assertThat(ex.problemProperties()).containsEntry("rule", "minimum-online-refund")
				.containsEntry("minimumRefund", Money.of("1.00").amount()));
		assertThat(online.refundable()).as("nothing reserved").isEqualTo(Money.of("250.00"));
		online.reserveRefund(Money.of("1.00"));
		cash.reserveRefund(Money.of("0.50"));

		assertThat(online.view().belowMinimumRefund(Money.of("0.99"))).isTrue();
		assertThat(online.view().belowMinimumRefund(Money.of("1.00"))).isFalse();
		assertThat(cash.view().belowMinimumRefund(Money.of("0.01"))).isFalse();
	}

	@Test
	void confirmedRefundsMakeThePaymentPartiallyThenFullyRefundedAndAnnounceRunningTotalsThroughTheProvider() {
		Payment payment = completed();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		payment.reserveRefund(Money.of("100.00"));
		payment.reserveRefund(Money.of("150.00"));

		payment.refunded(first, Money.of("100.00"), NOW, NOW);
		assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
		payment.refunded(second, Money.of("150.00"), LATER, LATER);

		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.view().amountRefunded()).isEqualTo(Money.of("250.00"));
		assertThat(payment.events()).filteredOn(RefundProcessed.class::isInstance)
			.containsExactly(
					new RefundProcessed(first, payment.id(), payment.orderId(), Money.of("100.00").amount(),
							Money.of("100.00").amount(), false, NOW, RefundProcessed.Method.ORIGINAL_METHOD),
					new RefundProcessed(second, payment.id(), payment.orderId(), Money.of("150.00").amount(),
							Money.of("250.00").amount(), true, LATER, RefundProcessed.Method.ORIGINAL_METHOD));
	}

	/** No provider took the cash: the store hands it back. */
	@Test
	void aCashPaymentsRefundIsAnnouncedAsGivenBackInCash() {
		Payment cash = Payment.cashOnDelivery(TestOrders.cash(), NOW);
		cash.collectCash(NOW);
		UUID refundId = UUID.randomUUID();
		cash.reserveRefund(Money.of("180.00"));

		cash.refunded(refundId, Money.of("180.00"), LATER, LATER);

		assertThat(cash.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(cash.events()).filteredOn(RefundProcessed.class::isInstance)
			.containsExactly(new RefundProcessed(refundId, cash.id(), cash.orderId(), Money.of("180.00").amount(),
					Money.of("180.00").amount(), true, LATER, RefundProcessed.Method.CASH));
	}

	@Test
	void aRefundedAmountMustHaveBeenReserved() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("50.00"));

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> payment.refunded(UUID.randomUUID(), Money.of("50.01"), NOW, NOW));
	}

	@Test
	void aFailedRefundGivesItsAmountBack() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("250.00"));

		payment.releaseRefund(Money.of("250.00"), NOW);

		assertThat(payment.refundable()).isEqualTo(Money.of("250.00"));
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> payment.releaseRefund(Money.of("0.01"), NOW));
	}

	@Test
	void aRefusedRefundTheCustomerIsOwedGivesItsAmountBackAndIsOwedUntilRefundsGiveItBack() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("250.00"));

		payment.owedRefundRefused(Money.of("250.00"), LATER);

		assertThat(payment.refundable()).isEqualTo(Money.of("250.00"));
		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("250.00"));
		assertThat(payment.view().updatedAt()).isEqualTo(LATER);
		payment.reserveRefund(Money.of("100.00"));
		payment.refunded(UUID.randomUUID(), Money.of("100.00"), LATER, LATER);
		assertThat(payment.view().refundOwed()).as("a partial refund by hand").isEqualTo(Money.of("150.00"));
		payment.reserveRefund(Money.of("150.00"));
		payment.refunded(UUID.randomUUID(), Money.of("150.00"), LATER, LATER);
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void theSameMoneyRefusedTwiceIsOwedOnce() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("50.00"));
		payment.refunded(UUID.randomUUID(), Money.of("50.00"), NOW, NOW);
		payment.reserveRefund(Money.of("200.00"));
		payment.owedRefundRefused(Money.of("200.00"), NOW);
		payment.reserveRefund(Money.of("200.00"));

		payment.owedRefundRefused(Money.of("200.00"), NOW);

		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("200.00"));
		payment.reserveRefund(Money.of("200.00"));
		payment.refunded(UUID.randomUUID(), Money.of("200.00"), NOW, NOW);
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
	}

	@Test
	void aRefundAskedForBeforeTheRefusalGivesNothingOwedBack() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("100.00"));
		payment.reserveRefund(Money.of("150.00"));
		payment.owedRefundRefused(Money.of("150.00"), LATER);

		payment.refunded(UUID.randomUUID(), Money.of("100.00"), NOW, LATER.plusSeconds(60));

		assertThat(payment.view().refundOwed()).as("the 100 asked for before was never part of it")
			.isEqualTo(Money.of("150.00"));
		payment.reserveRefund(Money.of("150.00"));
		payment.refunded(UUID.randomUUID(), Money.of("150.00"), LATER.plusSeconds(120), LATER.plusSeconds(120));
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
	}

	@Test
	void aRefundOwedGivenBackOutsideTheProviderIsBookedAsRefundedAndAnnounced() {
		Payment payment = owing("250.00");
		UUID refundId = UUID.randomUUID();

		Money settled = payment.settleOwedRefund(refundId, null, RefundProcessed.Method.BANK_TRANSFER, LATER);

		assertThat(settled).isEqualTo(Money.of("250.00"));
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
		assertThat(payment.view().amountRefunded()).isEqualTo(Money.of("250.00"));
		assertThat(payment.refundable()).isEqualTo(Money.ZERO);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.events()).filteredOn(RefundProcessed.class::isInstance)
			.containsExactly(new RefundProcessed(refundId, payment.id(), payment.orderId(), settled.amount(),
					settled.amount(), true, LATER, RefundProcessed.Method.BANK_TRANSFER));
		assertThatExceptionOfType(RefundExceedsCaptured.class).as("the same money again")
			.isThrownBy(() -> payment.reserveRefund(Money.of("1.00")));
		assertThatExceptionOfType(NoRefundOwed.class)
			.isThrownBy(() -> payment.settleOwedRefund(UUID.randomUUID(), null, CASH, LATER));
	}

	@Test
	void aRefundOwedHandedBackInCashIsAnnouncedAsCashAndNeverAsGoneThroughTheProvider() {
		Payment payment = owing("250.00");
		UUID refundId = UUID.randomUUID();

		assertThatIllegalArgumentException().isThrownBy(
				() -> payment.settleOwedRefund(UUID.randomUUID(), null, RefundProcessed.Method.ORIGINAL_METHOD, LATER));
		payment.settleOwedRefund(refundId, Money.of("100.00"), RefundProcessed.Method.CASH, LATER);

		assertThat(payment.events()).filteredOn(RefundProcessed.class::isInstance)
			.extracting((event) -> ((RefundProcessed) event).method())
			.containsExactly(RefundProcessed.Method.CASH);
		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("150.00"));
	}

	@Test
	void partOfARefundOwedCanBeSettledButNeverMoreThanIsOwed() {
		Payment payment = owing("250.00");

		payment.settleOwedRefund(UUID.randomUUID(), Money.of("100.00"), CASH, LATER);

		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("150.00"));
		assertThat(payment.status()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
		assertThatExceptionOfType(SettlementExceedsOwed.class)
			.isThrownBy(() -> payment.settleOwedRefund(UUID.randomUUID(), Money.of("150.01"), CASH, LATER))
			.withMessageContaining("exceeds the INR 150.00");
		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("150.00"));
		assertThat(payment.view().amountRefunded()).isEqualTo(Money.of("100.00"));
	}

	@Test
	void whatARefundUnderWayHoldsCannotBeSettledToo() {
		Payment payment = owing("250.00");
		payment.reserveRefund(Money.of("200.00"));

		assertThatExceptionOfType(SettlementExceedsOwed.class)
			.isThrownBy(() -> payment.settleOwedRefund(UUID.randomUUID(), null, CASH, LATER))
			.withMessageContaining("Only INR 50.00 of the INR 250.00");
		payment.settleOwedRefund(UUID.randomUUID(), Money.of("50.00"), CASH, LATER);
		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("200.00"));
		assertThat(payment.refundable()).isEqualTo(Money.ZERO);
	}

	@Test
	void aPaymentOwingNothingHasNothingToSettle() {
		Payment payment = completed();

		assertThatExceptionOfType(NoRefundOwed.class)
			.isThrownBy(() -> payment.settleOwedRefund(UUID.randomUUID(), Money.of("1.00"), CASH, LATER));
		assertThat(payment.view().amountRefunded()).isEqualTo(Money.ZERO);
	}

	/** A completed payment whose compensation of all of it the provider refused. */
	private Payment owing(String amount) {
		Payment payment = completed();
		payment.reserveRefund(Money.of(amount));
		payment.owedRefundRefused(Money.of(amount), NOW);
		return payment;
	}

	@Test
	void aCompensationLessThanTheProviderRefundsIsOwedOnceAndCanBeSettled() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("249.50"));
		payment.refunded(UUID.randomUUID(), Money.of("249.50"), NOW, NOW);

		payment.owedRefundBelowMinimum(Money.of("0.50"), LATER);
		payment.owedRefundBelowMinimum(Money.of("0.50"), LATER.plusSeconds(1));

		assertThat(payment.view().refundOwed()).isEqualTo(Money.of("0.50"));
		assertThat(payment.refundable()).isEqualTo(Money.of("0.50"));
		assertThatExceptionOfType(RefundBelowMinimum.class).as("Razorpay would refuse it")
			.isThrownBy(() -> payment.reserveRefund(Money.of("0.50")));
		UUID refundId = UUID.randomUUID();
		payment.settleOwedRefund(refundId, null, CASH, LATER);
		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
		assertThat(payment.events()).filteredOn(RefundProcessed.class::isInstance)
			.last()
			.isEqualTo(new RefundProcessed(refundId, payment.id(), payment.orderId(), Money.of("0.50").amount(),
					Money.of("250.00").amount(), true, LATER, CASH));
	}

	@Test
	void onlyARefundTheProviderWouldRefuseOfWhatIsLeftIsOwedInsteadOfBooked() {
		Payment payment = completed();

		assertThatIllegalArgumentException().as("the provider refunds it")
			.isThrownBy(() -> payment.owedRefundBelowMinimum(Money.of("1.00"), NOW));
		payment.reserveRefund(Money.of("249.50"));
		assertThatIllegalArgumentException().as("more than is left")
			.isThrownBy(() -> payment.owedRefundBelowMinimum(Money.of("0.51"), NOW));
		assertThatIllegalArgumentException().as("nothing captured")
			.isThrownBy(() -> pending().owedRefundBelowMinimum(Money.of("0.50"), NOW));
		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
	}

	@Test
	void aRefusedRefundStaffAskedForLeavesNothingOwed() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("250.00"));

		payment.releaseRefund(Money.of("250.00"), NOW);

		assertThat(payment.view().refundOwed()).isEqualTo(Money.ZERO);
	}

	@Test
	void aPartlyRefundedPaymentCanStillBeRefundedUpToWhatIsLeft() {
		Payment payment = completed();
		payment.reserveRefund(Money.of("100.00"));
		payment.refunded(UUID.randomUUID(), Money.of("100.00"), NOW, NOW);

		payment.reserveRefund(Money.of("150.00"));

		assertThat(payment.refundable()).isEqualTo(Money.ZERO);
	}

}
