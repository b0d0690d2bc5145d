package com.jainshikanji.common.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund says how it reached the customer, and an event published before it did (still
 * in Kafka, or in an outbox) reads as a refund through the provider.
 */
class RefundProcessedTests {

	private final EventJson json = new EventJson();

	@ParameterizedTest
	@EnumSource(RefundProcessed.Method.class)
	void travelsWithHowTheMoneyWentBack(RefundProcessed.Method method) {
		RefundProcessed refund = new RefundProcessed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				new BigDecimal("120.00"), new BigDecimal("229.50"), true, Instant.parse("2026-12-05T10:15:30Z"),
				method);

		EventEnvelope envelope = this.json.read(this.json.write(this.json.envelope(refund, Instant.now(), null)));

		assertThat(envelope.payload().get("method").asString()).isEqualTo(method.name());
		assertThat(this.json.payload(envelope, RefundProcessed.class)).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(refund);
	}

	/** As the payment service wrote it until the method was published. */
	@Test
	void anEventPublishedWithoutAMethodReadsAsARefundThroughTheProvider() {
		EventEnvelope old = this.json.read("""
				{"eventId": "5b0e3c3e-8f1a-4d7a-9c55-3f0c7d1e2a10", "type": "RefundProcessed", "version": 1,
				 "occurredAt": "2026-12-04T09:00:00Z", "aggregateId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20",
				 "traceparent": null,
				 "payload": {"refundId": "9e4c8d52-1b7a-4f0e-8a3d-6c2b5e9f1a07",
				             "paymentId": "3d6f2a18-7c4e-4b9a-9e1f-5a8c0d2b7e63",
				             "orderId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20",
				             "amount": 229.50, "totalRefunded": 229.50, "fullyRefunded": true,
				             "processedAt": "2026-12-04T09:00:00Z"}}
				""");

		RefundProcessed refund = this.json.payload(old, RefundProcessed.class);

		assertThat(refund.method()).isEqualTo(RefundProcessed.Method.ORIGINAL_METHOD);
		assertThat(refund.amount()).isEqualByComparingTo("229.50");
		assertThat(refund.fullyRefunded()).isTrue();
	}

	@Test
	void aRefundMadeWithoutSayingHowWentThroughTheProvider() {
		RefundProcessed refund = new RefundProcessed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				BigDecimal.TEN, BigDecimal.TEN, false, Instant.now());

		assertThat(refund.method()).isEqualTo(RefundProcessed.Method.ORIGINAL_METHOD);
		assertThat(new RefundProcessed(refund.refundId(), refund.paymentId(), refund.orderId(), refund.amount(),
				refund.totalRefunded(), false, refund.processedAt(), null))
			.isEqualTo(refund);
	}

}
