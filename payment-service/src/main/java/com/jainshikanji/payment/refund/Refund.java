package com.jainshikanji.payment.refund;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.payment.RefundFailed;
import com.jainshikanji.common.money.Money;

/**
 * Money going back for a payment: booked against it when asked for, submitted to the
 * provider (under its own id as the idempotency key, so a resubmission never refunds
 * twice) until the provider accepts it, then completed or failed once. A failure
 * publishes {@link RefundFailed}; completion is booked on the payment, which publishes
 * {@code RefundProcessed}. A refund owed that staff gave back outside the provider is
 * recorded as a refund too ({@link RefundKind#MANUAL}): completed as it is made, with
 * their reference instead of a provider refund.
 */
@Entity
@Table(name = "refunds")
class Refund extends AbstractAggregateRoot<Refund> {

	@Id
	private UUID id;

	private UUID paymentId;

	private UUID orderId;

	private UUID storeId;

	private Money amount;

	private String reason;

	@Enumerated(EnumType.STRING)
	private RefundStatus status;

	@Enumerated(EnumType.STRING)
	private RefundKind kind;

	private String requestKey;

	private @Nullable UUID requestedBy;

	private @Nullable String providerRefundId;

	/**
	 * How a manual refund was given back; none for one recorded before staff said.
	 */
	@Enumerated(EnumType.STRING)
	private @Nullable SettlementMethod settlementMethod;

	/**
	 * A manual refund's reference to the money given back: the bank transfer's UTR, or
	 * staff's note of who handed over what (none for cash handed back without one).
	 */
	private @Nullable String reference;

	private @Nullable String failureReason;

	private int submitAttempts;

	private @Nullable Instant nextSubmitAt;

	private Instant initiatedAt;

	private @Nullable Instant completedAt;

	private @Nullable Instant failedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	protected Refund() {
	}

	private Refund(UUID id, Booking booking, RefundKind kind, String requestKey, @Nullable UUID requestedBy,
			Instant now, Instant firstSubmitAt) {
		this.id = id;
		this.paymentId = booking.paymentId();
		this.orderId = booking.orderId();
		this.storeId = booking.storeId();
		this.amount = booking.amount();
		this.reason = booking.reason();
		this.status = RefundStatus.PENDING;
		this.kind = kind;
		this.requestKey = requestKey;
		this.requestedBy = requestedBy;
		this.nextSubmitAt = firstSubmitAt;
		this.initiatedAt = now;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A refund staff or an admin asked for, under the key of their request. */
	static Refund requested(Booking booking, String requestKey, UUID requestedBy, Instant now) {
		// The request sends it itself right after (RefundSubmitter#submit); the
		// submitter's sweep takes it only if that request's instance died first.
		return new Refund(UUID.randomUUID(), booking, RefundKind.REQUESTED, requestKey, requestedBy, now,
				now.plus(SENT_BY_ITS_REQUEST));
	}

	/** The one refund owed because money came in for a cancelled order. */
	static Refund compensation(Booking booking, Instant now) {
		return new Refund(UUID.randomUUID(), booking, RefundKind.COMPENSATION, COMPENSATION_KEY, null, now, now);
	}

	/**
	 * A refund owed that staff gave back outside the provider (a bank transfer, cash),
	 * recorded under the key of their request: completed at once, never sent.
	 * @param id the refund its payment booked the settlement under
	 * @param settledBy who recorded it
	 * @param method how it was given back
	 * @param reference the bank transfer's UTR, or a note of who handed over what; none
	 * for cash handed back without one
	 * @throws IllegalArgumentException for a bank transfer without its reference
	 */
	static Refund settledOutside(UUID id, Booking booking, String requestKey, UUID settledBy, SettlementMethod method,
			@Nullable String reference, Instant now) {
		if (method == SettlementMethod.BANK_TRANSFER && reference == null) {
			throw new IllegalArgumentException("A bank transfer is recorded with its reference (the UTR)");
		}
		Refund refund = new Refund(id, booking, RefundKind.MANUAL, requestKey, settledBy, now, now);
		refund.settlementMethod = method;
		refund.reference = reference;
		refund.complete(null, now);
		return refund;
	}

	/**
	 * How long a refund just asked for is kept from the submitter's sweep: the request
	 * sends it itself, and the sweep would only race it (the request then answered
	 * PENDING for a refund the sweep was settling).
	 */
	static final Duration SENT_BY_ITS_REQUEST = Duration.ofSeconds(60);

	/**
	 * The request key compensation refunds are stored under. A client may send the same
	 * Idempotency-Key: compensations are told apart by their kind (at most one per
	 * payment that has not failed), staff refunds' keys are unique among staff refunds
	 * only.
	 */
	static final String COMPENSATION_KEY = "compensation";

	/** Whether a repeated request (same key) asks for the same refund. */
	boolean sameRequest(@Nullable Money amount, String reason) {
		return (amount == null || amount.equals(this.amount)) && reason.equals(this.reason);
	}

	/** Whether a repeated settlement (same key) records the same money given back. */
	boolean sameSettlement(@Nullable Money amount, SettlementMethod method, @Nullable String reference) {
		return (amount == null || amount.equals(this.amount)) && method == this.settlementMethod
				&& Objects.equals(reference, this.reference);
	}

	/**
	 * The provider could not be reached (nothing was decided): submit again later.
	 */
	void submitLater(Instant next, Instant now) {
		this.nextSubmitAt = next;
		this.updatedAt = now;
	}

	/**
	 * The provider accepted the refund and is working on it.
	 * @return whether it moved; a refund already settled stays as it is
	 */
	boolean accepted(String providerRefundId, Instant now) {
		if (this.status != RefundStatus.PENDING) {
			return false;
		}
		this.providerRefundId = providerRefundId;
		this.status = RefundStatus.PROCESSING;
		this.nextSubmitAt = null;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The money went back.
	 * @param providerRefundId the provider's refund, or {@code null} for cash handed back
	 * @return whether it completed now; completing again changes nothing
	 * @throws IllegalRefundTransition when the provider had reported it failed
	 */
	boolean complete(@Nullable String providerRefundId, Instant now) {
		if (this.status == RefundStatus.COMPLETED) {
			return false;
		}
		if (this.status == RefundStatus.FAILED) {
			throw new IllegalRefundTransition(this.id, this.status, RefundStatus.COMPLETED);
		}
		if (providerRefundId != null) {
			this.providerRefundId = providerRefundId;
		}
		this.status = RefundStatus.COMPLETED;
		this.nextSubmitAt = null;
		this.completedAt = now;
		this.updatedAt = now;
		return true;
	}

	/**
	 * The provider refused the refund.
	 * @return whether it failed now; a refund already settled stays as it is
	 */
	boolean fail(String reason, Instant now) {
		if (this.status == RefundStatus.COMPLETED || this.status == RefundStatus.FAILED) {
			return false;
		}
		this.status = RefundStatus.FAILED;
		this.failureReason = reason;
		this.nextSubmitAt = null;
		this.failedAt = now;
		this.updatedAt = now;
		registerEvent(new RefundFailed(this.id, this.paymentId, this.orderId, this.amount.amount(), reason, now));
		return true;
	}

	UUID id() {
		return this.id;
	}

	UUID paymentId() {
		return this.paymentId;
	}

	UUID orderId() {
		return this.orderId;
	}

	UUID storeId() {
		return this.storeId;
	}

	Money amount() {
		return this.amount;
	}

	RefundStatus status() {
		return this.status;
	}

	RefundKind kind() {
		return this.kind;
	}

	String reason() {
		return this.reason;
	}

	/** When the submitter's sweep may send it next; none once it left PENDING. */
	@Nullable Instant nextSubmitAt() {
		return this.nextSubmitAt;
	}

	int submitAttempts() {
		return this.submitAttempts;
	}

	/** When it was asked for. */
	Instant initiatedAt() {
		return this.initiatedAt;
	}

	/** The events recorded and not yet published. */
	Collection<Object> events() {
		return domainEvents();
	}

	RefundResponse toResponse() {
		return new RefundResponse(this.id, this.paymentId, this.orderId, this.amount.amount(), this.reason, this.status,
				this.kind.name(), this.providerRefundId, this.settlementMethod, this.reference, this.failureReason,
				this.initiatedAt, this.completedAt, this.failedAt);
	}

	/**
	 * What a refund books against a payment.
	 *
	 * @param amount more than zero, in rupees
	 * @param reason why, for the customer and the books; at most {@link #REASON_LENGTH}
	 * characters, cut to fit (ending in "…") when longer
	 */
	record Booking(UUID paymentId, UUID orderId, UUID storeId, Money amount, String reason) {

		/** What {@code refunds.reason} holds. */
		static final int REASON_LENGTH = 500;

		Booking {
			reason = fitted(reason);
		}

		/**
		 * A refund owed must never fail for its wording: the order service's reason is
		 * "Order ... was cancelled: " and then up to 500 characters of the customer's
		 * own. Counted in code points, as PostgreSQL counts a VARCHAR, so a surrogate
		 * pair is never split.
		 */
		private static String fitted(String reason) {
			if (reason.codePointCount(0, reason.length()) <= REASON_LENGTH) {
				return reason;
			}
			return reason.substring(0, reason.offsetByCodePoints(0, REASON_LENGTH - 1)) + "…";
		}

	}

}
