package com.jainshikanji.order.placement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.order.order.DeliveryType;
import com.jainshikanji.order.order.PaymentMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two placement requests are the same for their Idempotency-Key when their content is.
 */
class RequestFingerprintTest {

	static final UUID STORE = UUID.randomUUID();

	static final UUID PRODUCT = UUID.randomUUID();

	@Test
	void theSameContentHasTheSameFingerprintHoweverTheTimeIsWritten() {
		Instant utc = Instant.parse("2026-12-01T12:30:00Z");
		Instant ist = OffsetDateTime.parse("2026-12-01T18:00:00+05:30").toInstant();

		assertThat(RequestFingerprint.of(request(2, utc))).isEqualTo(RequestFingerprint.of(request(2, ist)))
			.hasSize(64);
	}

	@Test
	void anyDifferenceInContentChangesIt() {
		Instant when = Instant.parse("2026-12-01T12:30:00Z");

		assertThat(RequestFingerprint.of(request(2, when))).isNotEqualTo(RequestFingerprint.of(request(3, when)))
			.isNotEqualTo(RequestFingerprint.of(request(2, when.plusSeconds(60))))
			.isNotEqualTo(RequestFingerprint.of(request(2, null)));
	}

	private static PlaceOrderRequest request(int quantity, Instant scheduledFor) {
		return new PlaceOrderRequest(STORE, List.of(new PlaceOrderRequest.Item(PRODUCT, quantity, List.of(), null)),
				DeliveryType.PICKUP, null, PaymentMethod.COD, scheduledFor, null, null, null);
	}

}
