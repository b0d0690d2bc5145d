package com.jainshikanji.payment.refund;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.payment.RefundFailed;
import com.jainshikanji.common.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A refund's state machine: pending until the provider accepts it, then completed or
 * failed, each once.
 */
class RefundTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final Instant LATER = NOW.plusSeconds(30);

	final Refund.Booking booking = new Refund.Booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
			Money.of("80.00"), "Missing item");

	Refund.Booking booking(String reason) {
		return new Refund.Booking(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Money.of("80.00"), reason);
	}

	Refund requested() {
		return Refund.requested(this.booking, "key-0123456789", UUID.randomUUID(), NOW);
	}

	@Test
	void aNewRefundIsPendingAndSentByItsRequestBeforeTheSweepMayTakeIt() {
		Refund refund = requested();

		assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
		assertThat(refund.nextSubmitAt()).isEqualTo(NOW.plus(Refund.SENT_BY_ITS_REQUEST));
		assertThat(refund.kind()).isEqualTo(RefundKind.REQUESTED);
		assertThat(refund.toResponse().amount()).isEqualByComparingTo("80.00");
		assertThat(refund.events()).isEmpty();
	}

	@Test
	void aRepeatedRequestIsTheSameWhenItAsksForTheSameAmountAndReason() {
		Refund refund = requested();

		assertThat(refund.sameRequest(Money.of("80.00"), "Missing item")).isTrue();
		assertThat(refund.sameRequest(null, "Missing item")).as("no amount: the refund already decided").isTrue();
		assertThat(refund.sameRequest(Money.of("80.01"), "Missing item")).isFalse();
		assertThat(refund.sameRequest(Money.of("80.00"), "Cold drink")).isFalse();
	}

	@Test
	void aRefundOwedGivenBackOutsideTheProviderIsRecordedCompletedWithHowAndItsReferenceAndNeverSent() {
		UUID id = UUID.randomUUID();

		Refund refund = Refund.settledOutside(id, this.booking, "key-0123456789", UUID.randomUUID(),
				SettlementMethod.BANK_TRANSFER, "UTR 4029", NOW);

		assertThat(refund.id()).isEqualTo(id);
		assertThat(refund.kind()).isEqualTo(RefundKind.MANUAL);
		assertThat(refund.status()).isEqualTo(RefundStatus.COMPLETED);
		assertThat(refund.nextSubmitAt()).as("never sent").isNull();
		assertThat(refund.toResponse()).satisfies((response) -> {
			assertThat(response.settlementMethod()).isEqualTo(SettlementMethod.BANK_TRANSFER);
			assertThat(response.reference()).isEqualTo("UTR 4029");
			assertThat(response.providerRefundId()).isNull();
			assertThat(response.completedAt()).isEqualTo(NOW);
		});
		assertThat(refund.events()).isEmpty();
		assertThat(refund.sameSettlement(Money.of("80.00"), SettlementMethod.BANK_TRANSFER, "UTR 4029")).isTrue();
		assertThat(refund.sameSettlement(null, SettlementMethod.BANK_TRANSFER, "UTR 4029")).isTrue();
		assertThat(refund.sameSettlement(Money.of("79.99"), SettlementMethod.BANK_TRANSFER, "UTR 4029")).isFalse();
		assertThat(refund.sameSettlement(Money.of("80.00"), SettlementMethod.BANK_TRANSFER, "UTR 4030")).isFalse();
		assertThat(refund.sameSettlement(Money.of("80.00"), SettlementMethod.CASH, "UTR 4029")).isFalse();
		assertThat(refund.sameSettlement(Money.of("80.00"), SettlementMethod.BANK_TRANSFER, null)).isFalse();
		assertThat(refund.fail("Razorpay has no such refund", LATER)).as("it stays given back").isFalse();
		assertThat(refund.status()).isEqualTo(RefundStatus.COMPLETED);
	}

	@Test
	void cashHandedBackMayGoWithoutAReferenceButABankTransferNever() {
		Refund cash = Refund.settledOutside(UUID.randomUUID(), this.booking, "key-0123456789", UUID.randomUUID(),
				SettlementMethod.CASH, null, NOW);

		assertThat(cash.status()).isEqualTo(RefundStatus.COMPLETED);
		assertThat(cash.toResponse().reference()).isNull();
		assertThat(cash.sameSettlement(null, SettlementMethod.CASH, null)).isTrue();
		assertThat(cash.sameSettlement(null, SettlementMethod.CASH, "Handed over by Ravi")).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Refund.settledOutside(UUID.randomUUID(), this.booking, "key-0123456789",
					UUID.randomUUID(), SettlementMethod.BANK_TRANSFER, null, NOW))
			.withMessageContaining("UTR");
	}

	@Test
	void acceptedThenCompletedOnce() {
		Refund refund = requested();

		assertThat(refund.accepted("rfnd_FP8QHiV938haTz", NOW)).isTrue();
		assertThat(refund.accepted("rfnd_FP8QHiV938haTz", NOW)).isFalse();
		assertThat(refund.status()).isEqualTo(RefundStatus.PROCESSING);
		assertThat(refund.complete("rfnd_FP8QHiV938haTz", LATER)).isTrue();
		assertThat(refund.complete("rfnd_FP8QHiV938haTz", LATER)).isFalse();

		assertThat(refund.status()).isEqualTo(RefundStatus.COMPLETED);
		assertThat(refund.toResponse().providerRefundId()).isEqualTo("rfnd_FP8QHiV938haTz");
		assertThat(refund.fail("too late", LATER)).isFalse();
		assertThat(refund.accepted("rfnd_other", LATER)).isFalse();
	}

	@Test
	void aProviderConfirmationCanOvertakeTheAcceptance() {
		Refund refund = requested();

		assertThat(refund.complete("rfnd_X", NOW)).isTrue();
		assertThat(refund.accepted("rfnd_X", LATER)).isFalse();

		assertThat(refund.status()).isEqualTo(RefundStatus.COMPLETED);
	}

	@Test
	void aRefusalFailsItOnceAndAnnouncesIt() {
		Refund refund = requested();
		refund.accepted("rfnd_X", NOW);

		assertThat(refund.fail("Insufficient balance", LATER)).isTrue();
		assertThat(refund.fail("Insufficient balance", LATER)).isFalse();

		assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
		assertThat(refund.events()).containsExactly(new RefundFailed(refund.id(), this.booking.paymentId(),
				this.booking.orderId(), Money.of("80.00").amount(), "Insufficient balance", LATER));
		assertThatExceptionOfType(IllegalRefundTransition.class).isThrownBy(() -> refund.complete("rfnd_X", LATER));
	}

	@Test
	void aReasonTooLongForItsColumnIsCutToFitEndingInAnEllipsis() {
		String fits = "x".repeat(Refund.Booking.REASON_LENGTH);

		assertThat(booking(fits).reason()).isEqualTo(fits);
		assertThat(booking(fits + "y").reason()).hasSize(500).startsWith("x".repeat(499)).endsWith("…");
	}

	@Test
	void aReasonIsCountedAndCutByCharacterNeverThroughASurrogatePair() {
		String fits = "😀".repeat(500);
		String reason = booking("😀".repeat(600)).reason();

		assertThat(booking(fits).reason()).as("500 characters, 1000 UTF-16 units").isEqualTo(fits);
		assertThat(reason).isEqualTo("😀".repeat(499) + "…");
		assertThat(new String(reason.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
			.as("no half of a pair left, which UTF-8 cannot carry")
			.isEqualTo(reason);
	}

	@Test
	void aCompensationIsKeyedOncePerPayment() {
		Refund compensation = Refund.compensation(this.booking, NOW);

		assertThat(compensation.kind()).isEqualTo(RefundKind.COMPENSATION);
		assertThat(compensation.toResponse().kind()).isEqualTo("COMPENSATION");
		assertThat(compensation.status()).isEqualTo(RefundStatus.PENDING);
		assertThat(compensation.nextSubmitAt()).as("no request sends it: the sweep does, at once").isEqualTo(NOW);
	}

}
