package com.jainshikanji.payment.checkout;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.jainshikanji.payment.order.OrderBook;
import com.jainshikanji.payment.order.OrderState;
import com.jainshikanji.payment.order.OrderView;
import com.jainshikanji.payment.razorpay.Paise;
import com.jainshikanji.payment.razorpay.ProviderRejected;
import com.jainshikanji.payment.razorpay.ProviderUnavailable;
import com.jainshikanji.payment.razorpay.RazorpayClient;
import com.jainshikanji.payment.razorpay.RazorpayOrder;
import com.jainshikanji.payment.razorpay.RazorpayPayment;
import com.jainshikanji.payment.razorpay.RazorpaySignatures;

/**
 * Razorpay Standard Checkout, server side: {@link #initiate} creates the Razorpay order
 * the app's Checkout opens (for the amount of our copy of the order, never one a client
 * sends); {@link #verify} checks what Checkout returns and confirms the capture.
 */
@Service
class Checkout {

	private static final Logger log = LoggerFactory.getLogger(Checkout.class);

	/** Razorpay's limit on an order's receipt. */
	private static final int RECEIPT_LENGTH = 40;

	private final Payments payments;

	private final OrderBook orders;

	private final RazorpayClient razorpay;

	private final RazorpaySignatures signatures;

	private final PaymentSettlement settlement;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Checkout(Payments payments, OrderBook orders, RazorpayClient razorpay, RazorpaySignatures signatures,
			PaymentSettlement settlement, PlatformTransactionManager transactionManager, Clock clock) {
		this.payments = payments;
		this.orders = orders;
		this.razorpay = razorpay;
		this.signatures = signatures;
		this.settlement = settlement;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Starts (or resumes) paying an order online. Under the order's lock, so concurrent
	 * calls create one Razorpay order, and a cancellation cannot slip in between: the
	 * Razorpay order is created and the payment stored in one transaction, so when the
	 * provider cannot be reached nothing is stored at all.
	 * @return the payment, and whether this call created it
	 * @throws OrderNotYetKnown when the order's creation has not arrived yet
	 * @throws OrderNotFound when the caller is not the order's customer
	 * @throws OrderWasCancelled when the order service cancelled it
	 * @throws OrderAlreadyPaid when its payment completed or is being confirmed
	 * @throws OrderNotPayable when it is paid in cash, costs nothing, no longer pending,
	 * past its payment time, or its payment failed (it is being cancelled)
	 * @throws ProviderUnavailable when Razorpay cannot be reached (nothing is stored)
	 */
	@Transactional
	Initiated initiate(UUID orderId, UUID customerId) {
		OrderView order = this.orders.lock(orderId).orElseThrow(() -> new OrderNotYetKnown(orderId));
		if (!order.customerId().equals(customerId)) {
			throw new OrderNotFound(orderId);
		}
		if (order.isCancelled()) {
			// Before its payments: a payment refunded or failed long ago says nothing of
			// why it cannot be paid now.
			throw new OrderWasCancelled(orderId);
		}
		if (order.isCashOnDelivery()) {
			throw new OrderNotPayable(orderId, "it is paid in cash on delivery");
		}
		if (order.costsNothing()) {
			// Coupons or points paid for all of it; Razorpay takes no order under INR 1.
			throw new OrderNotPayable(orderId, "there is nothing to pay");
		}
		List<Payment> existing = this.payments.findByOrderIdOrderByCreatedAt(orderId);
		for (Payment payment : existing) {
			if (payment.status().isCaptured() || payment.status() == PaymentStatus.PROCESSING) {
				throw new OrderAlreadyPaid(orderId, payment.id(), payment.status());
			}
			if (payment.status() == PaymentStatus.FAILED) {
				throw new OrderNotPayable(orderId, "its payment failed, so it is being cancelled");
			}
		}
		Instant now = this.clock.instant();
		if (!order.awaitsOnlinePaymentAt(now)) {
			throw new OrderNotPayable(orderId, whyNot(order));
		}
		Optional<Payment> pending = existing.stream().filter((p) -> p.status() == PaymentStatus.PENDING).findFirst();
		if (pending.isPresent()) {
			return new Initiated(pending.get().view(), order.orderNumber(), false);
		}
		UUID paymentId = UUID.randomUUID();
		long amount = Paise.of(order.total());
		RazorpayOrder created = this.razorpay.createOrder(amount, Payment.INR, receipt(order), notes(order, paymentId));
		if (created.amount() != amount || !Payment.INR.equals(created.currency())) {
			throw new IllegalStateException("Razorpay created order " + created.id() + " for " + created.amount() + " "
					+ created.currency() + " instead of " + amount + " INR");
		}
		Payment payment = this.payments.save(Payment.online(paymentId, order, created.id(), now));
		log.info("Payment {} of order {} awaits Razorpay order {}", paymentId, orderId, created.id());
		return new Initiated(payment.view(), order.orderNumber(), true);
	}

	/**
	 * Checks what Checkout returned and confirms the payment. A valid signature (computed
	 * over the Razorpay order id we stored) moves the payment to processing; then its
	 * capture is confirmed with Razorpay (capturing it if it is only authorized). If
	 * Razorpay cannot be reached then, the payment stays processing until a webhook or
	 * reconciliation settles it.
	 * @return the payment the Razorpay payment captured: the order's own, or a late
	 * capture (the order's payment had failed or was cancelled; refunded by itself, so
	 * the app can say the money is on its way back); otherwise the order's payment as it
	 * stands
	 * @throws PaymentNotFound when the Razorpay order is not one of the caller's payments
	 * @throws InvalidPaymentSignature when the signature is wrong (nothing is recorded)
	 */
	PaymentView verify(String razorpayOrderId, String razorpayPaymentId, String signature, UUID customerId) {
		PaymentView started = this.transaction.execute((status) -> {
			// Locked before it is read, so what a concurrent webhook did is what we see.
			Payment payment = this.payments.lockByProviderOrderId(razorpayOrderId)
				.stream()
				.filter((p) -> !p.isLateCapture() && p.customerId().equals(customerId))
				.findFirst()
				.orElseThrow(() -> new PaymentNotFound(razorpayOrderId));
			if (!this.signatures.isCheckoutSignature(payment.providerOrderId(), razorpayPaymentId, signature)) {
				throw new InvalidPaymentSignature();
			}
			payment.startProcessing(razorpayPaymentId, this.clock.instant());
			return payment.view();
		});
		Optional<PaymentView> captured = capturedBy(started, razorpayPaymentId);
		if (captured.isPresent()) {
			return captured.get();
		}
		confirm(started, razorpayPaymentId);
		return capturedBy(started, razorpayPaymentId)
			.orElseGet(() -> this.payments.findById(started.id()).map(Payment::view).orElseThrow());
	}

	/**
	 * The payment of the Razorpay order that this Razorpay payment captured, if any: the
	 * order's own, or a late capture. The failed payment of a late authorisation keeps
	 * the same Razorpay payment id; it is not the one that took the money.
	 */
	private Optional<PaymentView> capturedBy(PaymentView payment, String razorpayPaymentId) {
		return this.payments.findByOrderIdOrderByCreatedAt(payment.orderId())
			.stream()
			.filter((p) -> p.status().isCaptured() && razorpayPaymentId.equals(p.providerPaymentId())
					&& Objects.equals(payment.providerOrderId(), p.providerOrderId()))
			.map(Payment::view)
			.findFirst();
	}

	/**
	 * Asks Razorpay how the payment stands, captures it if it is only authorized, and
	 * settles it.
	 */
	private void confirm(PaymentView payment, String razorpayPaymentId) {
		try {
			RazorpayPayment reported = this.razorpay.payment(razorpayPaymentId);
			if (!payment.providerOrderId().equals(reported.orderId())) {
				log.warn("Razorpay payment {} belongs to order {}, not {}: not applied", razorpayPaymentId,
						reported.orderId(), payment.providerOrderId());
				return;
			}
			if (reported.wasAuthorized()) {
				reported = capture(payment, reported);
			}
			this.settlement.apply(reported);
		}
		catch (ProviderUnavailable | ProviderRejected ex) {
			log.warn("Could not confirm Razorpay payment {} now ({}); a webhook or reconciliation settles it",
					razorpayPaymentId, ex.getMessage());
		}
	}

	private RazorpayPayment capture(PaymentView payment, RazorpayPayment authorized) {
		try {
			return this.razorpay.capture(authorized.id(), payment.amountInPaise(), payment.currency());
		}
		catch (ProviderRejected ex) {
			// Captured meanwhile (automatic capture), or not capturable: its state says
			// which.
			return this.razorpay.payment(authorized.id());
		}
	}

	private static String whyNot(OrderView order) {
		if (order.state() != OrderState.PENDING) {
			return "it is " + order.state().name().toLowerCase(java.util.Locale.ROOT);
		}
		if (order.paymentMethod() == null) {
			return "its payment method is not known";
		}
		return "its time to pay ended at " + order.paymentDueBy();
	}

	private static String receipt(OrderView order) {
		String number = order.orderNumber();
		return (number.length() > RECEIPT_LENGTH) ? number.substring(0, RECEIPT_LENGTH) : number;
	}

	private static Map<String, String> notes(OrderView order, UUID paymentId) {
		Map<String, String> notes = new LinkedHashMap<>();
		notes.put("order_id", order.orderId().toString());
		notes.put("order_number", order.orderNumber());
		notes.put("payment_id", paymentId.toString());
		return notes;
	}

	/**
	 * @param orderNumber the order's number, for Checkout's description
	 * @param created whether this call created the payment, or found it waiting already
	 */
	record Initiated(PaymentView payment, String orderNumber, boolean created) {
	}

}
