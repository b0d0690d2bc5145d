package com.jainshikanji.common.events.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.IntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An order's placement and confirmation say when it is wanted and when the store expects
 * it; events published before they did (still in Kafka, or in an outbox) read as an order
 * for as soon as possible without an estimate.
 */
class OrderEstimateTests {

	static final Instant PLACED = Instant.parse("2026-12-05T12:58:00Z");

	/** 10:00 tomorrow in India. */
	static final Instant SCHEDULED = Instant.parse("2026-12-06T04:30:00Z");

	static final Instant ESTIMATED = Instant.parse("2026-12-06T04:40:00Z");

	private final EventJson json = new EventJson();

	@Test
	void aPlacementTravelsWithItsScheduleAndEstimate() {
		OrderCreated created = new OrderCreated(UUID.randomUUID(), "ORD20261205-000042", UUID.randomUUID(),
				"Asha Mehta", "asha@example.com", "+919800000003", UUID.randomUUID(), "pickup", "upi", "pending",
				lines(), amounts(), PLACED, PLACED.plusSeconds(900), SCHEDULED, ESTIMATED);

		assertTravelsWithItsScheduleAndEstimate(created);
	}

	@Test
	void aConfirmationTravelsWithItsScheduleAndEstimate() {
		OrderConfirmed confirmed = new OrderConfirmed(UUID.randomUUID(), "ORD20261205-000042", UUID.randomUUID(),
				UUID.randomUUID(), "upi", UUID.randomUUID(), lines(), amounts(), PLACED.plusSeconds(60), SCHEDULED,
				ESTIMATED);

		assertTravelsWithItsScheduleAndEstimate(confirmed);
	}

	/** As the order service wrote them until they said when. */
	@Test
	void eventsPublishedWithoutAScheduleOrEstimateReadWithNeither() {
		OrderCreated created = this.json.payload(this.json.read("""
				{"eventId": "7d0f1c2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "type": "OrderCreated", "version": 1,
				 "occurredAt": "2026-12-04T09:00:00Z", "aggregateId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20",
				 "traceparent": null,
				 "payload": {"orderId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20", "orderNumber": "ORD20261204-000007",
				             "customerId": "c0000000-0000-4000-8000-000000000003", "customerName": "Asha Mehta",
				             "customerEmail": "asha@example.com", "customerPhone": null,
				             "storeId": "a1000000-0000-4000-8000-000000000001", "deliveryType": "delivery",
				             "paymentMethod": "cod", "status": "confirmed", "lines": [],
				             "amounts": {"subtotal": 80.00, "tax": 4.00, "deliveryFee": 15.00, "discount": 0,
				                         "loyaltyDiscount": 0, "total": 99.00},
				             "placedAt": "2026-12-04T09:00:00Z", "paymentDueBy": null}}
				"""), OrderCreated.class);
		OrderConfirmed confirmed = this.json.payload(this.json.read("""
				{"eventId": "8e1a2b3c-4d5e-4f60-9a1b-2c3d4e5f6a7b", "type": "OrderConfirmed", "version": 1,
				 "occurredAt": "2026-12-04T09:00:00Z", "aggregateId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20",
				 "traceparent": null,
				 "payload": {"orderId": "0b7c1f9e-4d3a-4c57-9a43-2f6a7f3c1d20", "orderNumber": "ORD20261204-000007",
				             "customerId": "c0000000-0000-4000-8000-000000000003",
				             "storeId": "a1000000-0000-4000-8000-000000000001", "paymentMethod": "cod",
				             "paymentId": null, "lines": [],
				             "amounts": {"subtotal": 80.00, "tax": 4.00, "deliveryFee": 15.00, "discount": 0,
				                         "loyaltyDiscount": 0, "total": 99.00},
				             "confirmedAt": "2026-12-04T09:00:00Z"}}
				"""), OrderConfirmed.class);

		assertThat(created.orderNumber()).isEqualTo("ORD20261204-000007");
		assertThat(created.placedAt()).isEqualTo("2026-12-04T09:00:00Z");
		assertThat(created.scheduledFor()).isNull();
		assertThat(created.estimatedAt()).isNull();
		assertThat(confirmed.amounts().total()).isEqualByComparingTo("99.00");
		assertThat(confirmed.scheduledFor()).isNull();
		assertThat(confirmed.estimatedAt()).isNull();
	}

	@Test
	void eventsMadeWithoutAScheduleOrEstimateHaveNeither() {
		OrderCreated created = new OrderCreated(UUID.randomUUID(), "ORD20261205-000042", UUID.randomUUID(),
				"Asha Mehta", "asha@example.com", "+919800000003", UUID.randomUUID(), "pickup", "upi", "pending",
				lines(), amounts(), PLACED, PLACED.plusSeconds(900));
		OrderConfirmed confirmed = new OrderConfirmed(created.orderId(), created.orderNumber(), created.customerId(),
				created.storeId(), "upi", UUID.randomUUID(), lines(), amounts(), PLACED);

		assertThat(created.scheduledFor()).isNull();
		assertThat(created.estimatedAt()).isNull();
		assertThat(confirmed.scheduledFor()).isNull();
		assertThat(confirmed.estimatedAt()).isNull();
	}

	/**
	 * The event as a consumer reads it from Kafka says when the order is wanted and
	 * expected, and is the event published.
	 */
	private void assertTravelsWithItsScheduleAndEstimate(IntegrationEvent event) {
		EventEnvelope envelope = this.json.read(this.json.write(this.json.envelope(event, PLACED, null)));

		assertThat(envelope.payload().get("scheduledFor").asString()).isEqualTo("2026-12-06T04:30:00Z");
		assertThat(envelope.payload().get("estimatedAt").asString()).isEqualTo("2026-12-06T04:40:00Z");
		assertThat(this.json.payload(envelope, event.getClass())).usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(event);
	}

	private static List<OrderLine> lines() {
		return List.of(new OrderLine(UUID.randomUUID(), "Masala Shikanji", 2, new BigDecimal("60.00"),
				new BigDecimal("120.00"), UUID.randomUUID(), List.of("Less sugar")));
	}

	private static OrderAmounts amounts() {
		return new OrderAmounts(new BigDecimal("120.00"), new BigDecimal("6.00"), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO, new BigDecimal("126.00"));
	}

}
