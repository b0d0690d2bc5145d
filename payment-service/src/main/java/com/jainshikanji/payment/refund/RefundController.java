package com.jainshikanji.payment.refund;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.web.IdempotencyKeys;

/**
 * Refunding payments, and recording refunds owed given back outside Razorpay: admins, and
 * staff of the order's store whose job there gives money back (a manager, cashier or
 * support; not a rider or a chef).
 */
@RestController
@RequestMapping("/api/v1/payments/{paymentId}")
@Tag(name = "Refunds", description = "Money back to the customer, in full or in part, never more than was captured.")
class RefundController {

	private final RefundService refunds;

	private final RefundSubmitter submitter;

	RefundController(RefundService refunds, RefundSubmitter submitter) {
		this.refunds = refunds;
		this.submitter = submitter;
	}

	@PostMapping("/refund")
	@Operation(summary = "Refund a payment",
			description = "Admins, and a MANAGER, CASHIER or SUPPORT of the order's store; 403 store-duty-not-allowed "
					+ "for its other staff (DELIVERY, CHEF, or a token naming no job there), 404 for staff of other "
					+ "stores. Needs an Idempotency-Key header (8-100 letters, digits, -, _, . or :): the same key "
					+ "answers 200 with the refund it made, a different request under it is 422 "
					+ "idempotency-key-reused. No amount refunds everything "
					+ "left. 201 with the refund as the provider answered (PROCESSING or COMPLETED; PENDING if it "
					+ "could not be reached yet, it is sent again by itself); 409 refund-exceeds-captured "
					+ "(refundable says what is left), 409 payment-not-refundable, 422 refund-below-minimum (a "
					+ "payment made online refunds at least INR 1.00 at a time, Razorpay's minimum).")
	ResponseEntity<RefundResponse> refund(@PathVariable UUID paymentId,
			@Parameter(description = "Makes retries safe: one refund per key and payment",
					required = true) @RequestHeader(name = IdempotencyKeys.HEADER,
							required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody RefundRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		RefundService.Requested requested = this.refunds.request(paymentId, Money.ofNullable(request.amount()),
				request.reason().strip(), IdempotencyKeys.required(idempotencyKey), user);
		RefundResponse refund = (requested.created() && requested.refund().status() == RefundStatus.PENDING)
				? this.submitter.submit(requested.refund().id()) : requested.refund();
		return answer(paymentId, requested.created(), refund);
	}

	@PostMapping("/refund-owed/settlement")
	@Operation(summary = "Record a refund owed as given back outside Razorpay",
			description = "Admins, and a MANAGER, CASHIER or SUPPORT of the order's store; 403 store-duty-not-allowed "
					+ "for its other staff (DELIVERY, CHEF, or a token naming no job there), 404 for staff of other "
					+ "stores. When Razorpay refuses a refund owed for good, or it is less than Razorpay refunds "
					+ "(INR 1.00) (refundOwed on the payment, listed at GET /api/v1/payments/refunds-owed), staff give the money back another way and record it here: "
					+ "how (method BANK_TRANSFER or CASH, which the customer is told) and its reference, at most 200 "
					+ "characters: the transfer's UTR, required for BANK_TRANSFER (400 naming reference without it), "
					+ "or an optional note for CASH. It is a refund of kind MANUAL, "
					+ "COMPLETED at once, never sent to Razorpay: it counts as money given back (amountRefunded, "
					+ "refundable), lowers refundOwed (no amount settles all of it) and is announced like any refund. "
					+ "Needs an Idempotency-Key header (8-100 letters, digits, -, _, . or :): the same key answers 200 "
					+ "with the refund it recorded, a different request under it is 422 idempotency-key-reused. 201 "
					+ "with the refund; 409 no-refund-owed when nothing is owed; 409 settlement-exceeds-owed when the "
					+ "amount is more than is owed, or than refunds still under way with Razorpay leave of it "
					+ "(refundOwed and settleable say how much).")
	ResponseEntity<RefundResponse> settleOwed(@PathVariable UUID paymentId,
			@Parameter(description = "Makes retries safe: one settlement per key and payment",
					required = true) @RequestHeader(name = IdempotencyKeys.HEADER,
							required = false) @Nullable String idempotencyKey,
			@Valid @RequestBody SettlementRequest request, @AuthenticationPrincipal AuthenticatedUser user) {
		RefundService.Requested settled = this.refunds.settleOwed(paymentId, Money.ofNullable(request.amount()),
				request.method(), request.givenReference(), IdempotencyKeys.required(idempotencyKey), user);
		return answer(paymentId, settled.created(), settled.refund());
	}

	@GetMapping("/refunds")
	@Operation(summary = "List a payment's refunds",
			description = "Whoever may read the payment: its order's customer, staff of its store, admins.")
	List<RefundResponse> refunds(@PathVariable UUID paymentId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.refunds.ofPayment(paymentId, user);
	}

	/**
	 * 201 with the refund a request made, or 200 with the one an earlier request under
	 * its Idempotency-Key made.
	 */
	private static ResponseEntity<RefundResponse> answer(UUID paymentId, boolean created, RefundResponse refund) {
		return created ? ResponseEntity.created(URI.create("/api/v1/payments/" + paymentId + "/refunds")).body(refund)
				: ResponseEntity.ok(refund);
	}

}
