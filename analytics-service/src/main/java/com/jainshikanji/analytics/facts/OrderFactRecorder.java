package com.jainshikanji.analytics.facts;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.analytics.stores.StoreDirectory;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.order.OrderCancelled;
import com.jainshikanji.common.events.order.OrderConfirmed;
import com.jainshikanji.common.events.order.OrderCreated;
import com.jainshikanji.common.events.order.OrderDelivered;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.common.events.payment.PaymentCompleted;
import com.jainshikanji.common.events.payment.PaymentFailed;
import com.jainshikanji.common.events.payment.RefundProcessed;

/**
 * Order and payment events into {@link OrderFact order facts}. The order's row is made if
 * it is not there yet and locked, the event merged in, and the store-days the order
 * counted on before and counts on now are noted for their rollups (the day moves when the
 * creation arrives after other events). Requests for refunds are not kept: money counts
 * when it went back ({@link RefundProcessed}).
 */
@Component
class OrderFactRecorder implements FactRecorder {

	private static final Set<String> TYPES = Set.of(name(OrderCreated.class), name(OrderConfirmed.class),
			name(OrderStatusChanged.class), name(OrderCancelled.class), name(OrderDelivered.class),
			name(PaymentCompleted.class), name(PaymentFailed.class), name(RefundProcessed.class));

	private final OrderFacts facts;

	private final EventJson json;

	private final StoreDirectory stores;

	private final Clock clock;

	OrderFactRecorder(OrderFacts facts, EventJson json, StoreDirectory stores, Clock clock) {
		this.facts = facts;
		this.json = json;
		this.stores = stores;
		this.clock = clock;
	}

	@Override
	public boolean records(EventEnvelope event) {
		return TYPES.contains(event.type());
	}

	@Override
	public void record(EventEnvelope event, Touched touched) {
		UUID orderId = orderId(event);
		Instant now = this.clock.instant();
		this.facts.ensure(orderId, now);
		OrderFact fact = this.facts.lock(orderId)
			.orElseThrow(() -> new IllegalStateException("Order fact " + orderId + " vanished"));
		@Nullable UUID storeBefore = fact.storeId();
		@Nullable Instant placedBefore = fact.placedAt();
		apply(fact, event);
		fact.touched(now);
		this.facts.saveAndFlush(fact);
		UUID store = fact.storeId();
		if (store != null) {
			this.stores.list(store);
			touched.add(store, placedBefore, fact.placedAt());
		}
		if (storeBefore != null && !storeBefore.equals(store)) {
			touched.add(storeBefore, placedBefore);
		}
	}

	private void apply(OrderFact fact, EventEnvelope event) {
		if (event.is(OrderCreated.class)) {
			fact.on(this.json.payload(event, OrderCreated.class));
		}
		else if (event.is(OrderConfirmed.class)) {
			fact.on(this.json.payload(event, OrderConfirmed.class));
		}
		else if (event.is(OrderStatusChanged.class)) {
			fact.on(this.json.payload(event, OrderStatusChanged.class));
		}
		else if (event.is(OrderCancelled.class)) {
			fact.on(this.json.payload(event, OrderCancelled.class));
		}
		else if (event.is(OrderDelivered.class)) {
			fact.on(this.json.payload(event, OrderDelivered.class));
		}
		else if (event.is(PaymentCompleted.class)) {
			fact.on(this.json.payload(event, PaymentCompleted.class));
		}
		else if (event.is(PaymentFailed.class)) {
			fact.on(this.json.payload(event, PaymentFailed.class));
		}
		else if (event.is(RefundProcessed.class)) {
			fact.on(this.json.payload(event, RefundProcessed.class));
		}
	}

	/** Every one of these events is keyed by its order. */
	private static UUID orderId(EventEnvelope event) {
		return UUID.fromString(event.aggregateId());
	}

	private static String name(Class<?> eventClass) {
		return EventJson.typeOf(eventClass).name();
	}

}
