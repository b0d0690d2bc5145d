package com.jainshikanji.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.notification.channel.SendOutcome;
import com.jainshikanji.notification.kind.Channel;
import com.jainshikanji.notification.kind.NotificationKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A delivery's life: sent, retried with growing waits and then failed, failed at once
 * when retrying cannot help, retried by an admin with a fresh set of attempts.
 */
class DeliveryTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final Duration TOOK = Duration.ofMillis(40);

	static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), 2, Duration.ofMinutes(1));

	private static Delivery delivery() {
		return new Delivery(UUID.randomUUID(), UUID.randomUUID(), Channel.SMS, NotificationKind.ORDER_READY,
				"+919800000001", Map.of("orderNumber", "ORD1"), NOW);
	}

	@Test
	void aSentDeliveryKeepsTheProvidersIdAndTakesNoMoreAttempts() {
		Delivery delivery = delivery();
		delivery.attempted(SendOutcome.sent("SM123"), NOW, TOOK, POLICY, 0);

		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivery.toResponse().providerId()).isEqualTo("SM123");
		assertThatIllegalStateException()
			.isThrownBy(() -> delivery.attempted(SendOutcome.sent("SM124"), NOW, TOOK, POLICY, 0));
	}

	@Test
	void anOutageIsRetriedWithGrowingCappedWaitsThenFails() {
		Delivery delivery = delivery();
		delivery.attempted(SendOutcome.retry("503"), NOW, TOOK, POLICY, 0);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plus(TOOK).plusSeconds(30));

		Instant second = delivery.nextAttemptAt();
		delivery.attempted(SendOutcome.retry("503"), second, TOOK, POLICY, 0);
		assertThat(delivery.nextAttemptAt()).isEqualTo(second.plus(TOOK).plusSeconds(60));

		delivery.attempted(SendOutcome.retry("503 again"), delivery.nextAttemptAt(), TOOK, POLICY, 0);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(delivery.attempts()).isEqualTo(3);
		assertThat(delivery.toResponse().lastError()).isEqualTo("503 again");
	}

	@Test
	void aRejectionOrAGoneTokenFailsAtOnce() {
		Delivery rejected = delivery();
		rejected.attempted(SendOutcome.rejected("not a mobile number"), NOW, TOOK, POLICY, 0);
		assertThat(rejected.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(rejected.attempts()).isOne();

		Delivery gone = delivery();
		gone.attempted(SendOutcome.gone("UNREGISTERED"), NOW, TOOK, POLICY, 0);
		assertThat(gone.status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void anAdminRetriesOnlyAFailedDeliveryWithAFullSetOfAttempts() {
		Delivery delivery = delivery();
		assertThatExceptionOfType(DeliveryNotRetryable.class).isThrownBy(() -> delivery.retry(NOW));
		for (int i = 0; i < 3; i++) {
			delivery.attempted(SendOutcome.retry("timeout"), NOW, TOOK, POLICY, 0);
		}
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);

		delivery.retry(NOW.plusSeconds(600));
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
		delivery.attempted(SendOutcome.retry("timeout"), NOW, TOOK, POLICY, 0);
		assertThat(delivery.status()).as("a fresh set of attempts").isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.attempts()).isEqualTo(4);
	}

	@Test
	void skippingIsNotAnAttempt() {
		Delivery delivery = delivery();
		delivery.skip("No devices registered for push", NOW);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.SKIPPED);
		assertThat(delivery.attempts()).isZero();
	}

	@Test
	void jitterAddsAtMostATenthAndAPolicyMustMakeSense() {
		assertThat(POLICY.backoffAfter(1, 1)).isEqualTo(Duration.ofSeconds(33));
		assertThat(POLICY.backoffAfter(5, 0)).isEqualTo(Duration.ofMinutes(1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), 2, Duration.ofSeconds(2)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), 2, Duration.ofSeconds(2)));
	}

}
