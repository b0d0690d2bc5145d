package com.jainshikanji.order.tracking;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.order.DeliveryLocationUpdated;
import com.jainshikanji.common.events.order.OrderStatusChanged;
import com.jainshikanji.order.order.OrderStatus;
import com.jainshikanji.order.order.TrackedOrder;

/**
 * The open live streams of this instance, by order, fed with every status change and
 * location update of the order topic (each instance reads all of it, see
 * {@link LiveFeedConfiguration}), so a stream hears of changes made on any instance.
 *
 * <p>
 * A stream starts with the order's current status, then gets {@code status} and
 * {@code location} events (recorded, and so published, only while the order is out for
 * delivery: see {@link DeliveryTracking}), a comment line every
 * {@link LiveProperties#heartbeat()}, and ends once the order is final. Every status
 * message carries the order's {@code sequence}: a client keeps the highest it has seen,
 * which also orders the first message against a change that raced it.
 *
 * <p>
 * An order has at most {@link LiveProperties#maxStreamsPerOrder()} open streams here: one
 * more ends the oldest, so an app that reconnects without closing its old stream keeps
 * working, and a client opening streams in a loop holds no more connections (of this
 * service and of the gateway) than that.
 */
@Component
class LiveOrderStreams {

	private static final Logger log = LoggerFactory.getLogger(LiveOrderStreams.class);

	/** Oldest first; changed only inside the map's compute methods, read anywhere. */
	private final Map<UUID, Deque<SseEmitter>> streams = new ConcurrentHashMap<>();

	private final EventJson json;

	private final LiveProperties properties;

	LiveOrderStreams(EventJson json, LiveProperties properties) {
		this.json = json;
		this.properties = properties;
	}

	/** A new stream of the order, starting with where it stands. */
	SseEmitter open(TrackedOrder order) {
		SseEmitter emitter = new SseEmitter(this.properties.streamTimeout().toMillis());
		if (!order.status().isFinal()) {
			// Registered before the first message, so no change can fall between the two.
			SseEmitter[] oldest = new SseEmitter[1];
			this.streams.compute(order.id(), (id, open) -> {
				Deque<SseEmitter> ofOrder = (open != null) ? open : new ConcurrentLinkedDeque<>();
				ofOrder.addLast(emitter);
				if (ofOrder.size() > this.properties.maxStreamsPerOrder()) {
					oldest[0] = ofOrder.pollFirst();
				}
				return ofOrder;
			});
			if (oldest[0] != null) {
				// Outside compute: completing it forgets it, which updates the map.
				oldest[0].complete();
			}
			Runnable forget = () -> forget(order.id(), emitter);
			emitter.onCompletion(forget);
			emitter.onTimeout(() -> {
				forget.run();
				emitter.complete();
			});
			emitter.onError((ex) -> forget.run());
		}
		send(order.id(), emitter, "status", new StatusMessage(order.id(), order.orderNumber(), null,
				order.status().code(), null, order.statusSequence(), Instant.now()));
		if (order.status().isFinal()) {
			emitter.complete();
		}
		return emitter;
	}

	/** An event of the order topic; those a stream shows go to the order's streams. */
	void deliver(EventEnvelope event) {
		if (event.is(OrderStatusChanged.class)) {
			OrderStatusChanged changed = this.json.payload(event, OrderStatusChanged.class);
			broadcast(changed.orderId(), "status", new StatusMessage(changed.orderId(), changed.orderNumber(),
					changed.from(), changed.to(), changed.note(), changed.sequence(), changed.changedAt()));
			if (OrderStatus.fromCode(changed.to()).isFinal()) {
				Deque<SseEmitter> ended = this.streams.remove(changed.orderId());
				if (ended != null) {
					ended.forEach(SseEmitter::complete);
				}
			}
		}
		else if (event.is(DeliveryLocationUpdated.class)) {
			DeliveryLocationUpdated location = this.json.payload(event, DeliveryLocationUpdated.class);
			broadcast(location.orderId(), "location", new LocationMessage(location.orderId(), location.latitude(),
					location.longitude(), location.message(), location.recordedAt()));
		}
	}

	/** Tells every open stream it is alive; streams whose client left are dropped. */
	@Scheduled(fixedDelayString = "${orders.live.heartbeat:5s}")
	void heartbeat() {
		this.streams.forEach((orderId, emitters) -> emitters.forEach((emitter) -> {
			try {
				emitter.send(SseEmitter.event().comment("keep-alive"));
			}
			catch (IOException | IllegalStateException gone) {
				forget(orderId, emitter);
			}
		}));
	}

	/** How many streams are open on this instance. */
	int open() {
		return this.streams.values().stream().mapToInt(Deque::size).sum();
	}

	private void broadcast(UUID orderId, String name, Object message) {
		Deque<SseEmitter> emitters = this.streams.get(orderId);
		if (emitters != null) {
			emitters.forEach((emitter) -> send(orderId, emitter, name, message));
		}
	}

	private void send(UUID orderId, SseEmitter emitter, String name, Object message) {
		try {
			emitter.send(SseEmitter.event().name(name).data(message));
		}
		catch (IOException | IllegalStateException gone) {
			log.debug("A stream of order {} is gone", orderId);
			forget(orderId, emitter);
		}
	}

	private void forget(UUID orderId, SseEmitter emitter) {
		this.streams.computeIfPresent(orderId, (id, emitters) -> {
			emitters.remove(emitter);
			return emitters.isEmpty() ? null : emitters;
		});
	}

	/**
	 * @param from the previous status, {@code null} in a stream's first message
	 */
	record StatusMessage(UUID orderId, String orderNumber, @Nullable String from, String status, @Nullable String note,
			long sequence, Instant at) {
	}

	record LocationMessage(UUID orderId, BigDecimal latitude, BigDecimal longitude, @Nullable String message,
			Instant at) {
	}

}
