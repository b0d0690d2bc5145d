package com.jainshikanji.payment.checkout;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.payment.razorpay.RazorpayClient;

/**
 * Paying an order online with Razorpay Standard Checkout: initiate, open Checkout with
 * what initiate returns, then verify what Checkout returns. Payments are read by their
 * order's customer, staff of its store and admins.
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments",
		description = "Online payment with Razorpay Checkout (initiate, then verify), cash on delivery, and reading "
				+ "payments. Amounts in rupees; Checkout's own amount in paise.")
class PaymentController {

	private final Checkout checkout;

	private final PaymentQueries queries;

	private final RazorpayClient razorpay;

	PaymentController(Checkout checkout, PaymentQueries queries, RazorpayClient razorpay) {
		this.checkout = checkout;
		this.queries = queries;
		this.razorpay = razorpay;
	}

	@PostMapping("/initiate")
	@Operation(summary = "Start paying an order online",
			description = "The order's customer only. Creates the Razorpay order for the order's total and returns "
					+ "Checkout's options: 201 when created, 200 with the same Razorpay order while it is still "
					+ "payable. 409 order-not-yet-known (Retry-After: 1) right after placing, until the order "
					+ "reaches the payment service; 409 order-cancelled (the order was cancelled, whatever its "
					+ "payments did); 409 order-not-payable (cash on delivery, nothing to pay, no longer pending, "
					+ "too late, payment failed); 409 order-already-paid; 503 payment-provider-unavailable "
					+ "(Retry-After), nothing stored.")
	ResponseEntity<InitiateResponse> initiate(@Valid @RequestBody InitiateRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		Checkout.Initiated initiated = this.checkout.initiate(request.orderId(), user.id());
		InitiateResponse body = InitiateResponse.of(initiated.payment(), this.razorpay.keyId(),
				initiated.orderNumber());
		if (!initiated.created()) {
			return ResponseEntity.ok(body);
		}
		return ResponseEntity.created(URI.create("/api/v1/payments/" + initiated.payment().id())).body(body);
	}

	@PostMapping("/verify")
	@Operation(summary = "Verify what Razorpay Checkout returned",
			description = "The order's customer, with Checkout's razorpay_order_id, razorpay_payment_id and "
					+ "razorpay_signature as Checkout names them. 400 invalid-payment-signature changes nothing. "
					+ "Answers the payment that razorpay_payment_id paid: COMPLETED once Razorpay confirms the "
					+ "capture, PROCESSING while that cannot be confirmed yet (it settles by itself). Money captured "
					+ "after the order's payment had failed, or after the order was cancelled, is a payment of its "
					+ "own, answered with lateCapture true: it goes back by itself (COMPLETED with nothing left "
					+ "refundable while the refund is under way, then REFUNDED).")
	PaymentResponse verify(@Valid @RequestBody VerifyRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		return PaymentResponse.of(this.checkout.verify(request.razorpayOrderId(), request.razorpayPaymentId(),
				request.razorpaySignature(), user.id()));
	}

	@GetMapping("/refunds-owed")
	@Operation(summary = "List payments owing a refund Razorpay refused or would refuse",
			description = "Admins (of every store), and staff (of the stores where their job is MANAGER, CASHIER or "
					+ "SUPPORT, the jobs that refund; none where they are DELIVERY or CHEF, so an empty page for "
					+ "someone who refunds nowhere). Money that came in for a cancelled "
					+ "order is refunded by itself; when Razorpay refuses that refund, or it would be less than "
					+ "Razorpay refunds (INR 1.00), the payment owes it (refundOwed, rupees) until a refund gives it "
					+ "back: staff refund it by hand "
					+ "(POST /api/v1/payments/{paymentId}/refund), or, when Razorpay refuses that too (or it is less "
					+ "than INR 1.00), give it back another way and record it "
					+ "(POST /api/v1/payments/{paymentId}/refund-owed/settlement). Oldest "
					+ "payment first; a page holds size payments unless it is the last.")
	List<PaymentResponse> owingRefund(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.owingRefund(user, page, size);
	}

	@GetMapping("/{paymentId}")
	@Operation(summary = "Read a payment",
			description = "Its order's customer, staff of its store, admins; 404 for anyone else.")
	PaymentResponse payment(@PathVariable UUID paymentId, @AuthenticationPrincipal AuthenticatedUser user) {
		return PaymentResponse.of(this.queries.payment(paymentId, user));
	}

	@GetMapping("/order/{orderId}")
	@Operation(summary = "Read an order's payments",
			description = "The order's customer, staff of its store, admins; 404 for anyone else.")
	OrderPaymentsResponse ofOrder(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.queries.ofOrder(orderId, user);
	}

}
