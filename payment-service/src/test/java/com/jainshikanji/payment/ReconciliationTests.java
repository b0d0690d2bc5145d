package com.jainshikanji.payment;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.payment.checkout.Reconciliation;
import com.jainshikanji.testsupport.concurrent.Parallel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A missed webhook never strands an order: reconciliation asks Razorpay about open
 * payments and settles them by what it says. (The test configuration looks at every open
 * payment at once; in production only those open for a few minutes.)
 */
@PaymentServiceTest
class ReconciliationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	OrderEvents orders;

	@Autowired
	Flow flow;

	@Test
	void aCapturedPaymentWhoseWebhookNeverCameIsCompleted() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("199.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String failedAttempt = Flow.newPaymentId();
		String capturedAttempt = Flow.newPaymentId();
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId(),
				RazorpayStub.payment(failedAttempt, initiated.razorpayOrderId(), order.paise(), "failed", "card"),
				RazorpayStub.payment(capturedAttempt, initiated.razorpayOrderId(), order.paise(), "captured", "upi"));

		assertThat(this.reconciliation.reconcileDue()).isPositive();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
		assertThat(this.jdbc.sql("SELECT provider_payment_id FROM payments WHERE id = :id")
			.param("id", initiated.paymentId())
			.query(String.class)
			.single()).isEqualTo(capturedAttempt);
	}

	@Test
	void twoInstancesReconcilingAtOnceCompleteAPaymentOnceAndAnnounceItOnce() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("149.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String captured = Flow.newPaymentId();
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId(),
				RazorpayStub.payment(captured, initiated.razorpayOrderId(), order.paise(), "captured", "card"));

		List<Integer> looked = Parallel.run(2, (instance) -> this.reconciliation.reconcileDue());

		assertThat(looked.stream().mapToInt(Integer::intValue).sum()).as("payments the two instances looked up")
			.isPositive();
		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentCompleted");
	}

	@Test
	void anAuthorizedPaymentIsCapturedThenCompleted() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("45.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		String authorized = Flow.newPaymentId();
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId(),
				RazorpayStub.payment(authorized, initiated.razorpayOrderId(), order.paise(), "authorized", "wallet"));
		RazorpayStub.stubCapture(authorized,
				RazorpayStub.payment(authorized, initiated.razorpayOrderId(), order.paise(), "captured", "wallet"));

		this.reconciliation.reconcileDue();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("COMPLETED");
	}

	@Test
	void aPaymentWhoseOnlyAttemptFailedIsFailed() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("46.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId(), RazorpayStub.payment(Flow.newPaymentId(),
				initiated.razorpayOrderId(), order.paise(), "failed", "card"));

		this.reconciliation.reconcileDue();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("FAILED");
		assertThat(this.flow.paymentEvents(order.orderId(), 1)).extracting(EventEnvelope::type)
			.containsExactly("PaymentFailed");
	}

	@Test
	void aPaymentNobodyPaidYetStaysOpen() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("47.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId());

		this.reconciliation.reconcileDue();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
	}

	@Test
	void aCaptureOfAnotherAmountIsNeverApplied() {
		OrderEvents.PlacedOrder order = this.orders.placeOnline("48.00");
		Flow.Initiated initiated = this.flow.initiate(order);
		RazorpayStub.stubOrderPayments(initiated.razorpayOrderId(),
				RazorpayStub.payment(Flow.newPaymentId(), initiated.razorpayOrderId(), 100, "captured", "upi"));

		this.reconciliation.reconcileDue();

		assertThat(this.flow.status(initiated.paymentId())).isEqualTo("PENDING");
	}

}
