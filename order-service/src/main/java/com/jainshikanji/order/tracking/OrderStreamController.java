package com.jainshikanji.order.tracking;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.order.order.OrderTracking;

/** An order's live stream, so an app need not poll. */
@RestController
@Tag(name = "Tracking")
class OrderStreamController {

	private final OrderTracking orders;

	private final LiveOrderStreams streams;

	OrderStreamController(OrderTracking orders, LiveOrderStreams streams) {
		this.orders = orders;
		this.streams = streams;
	}

	@GetMapping(path = "/api/v1/orders/{orderId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Follow an order live (Server-Sent Events)",
			description = "First a status event with where the order stands, then status events for every change "
					+ "and location events from its delivery person while it is out for delivery; a comment line every few seconds keeps it "
					+ "alive. It ends when the order is delivered, cancelled or refunded. Each status event has the "
					+ "order's sequence: keep the highest. Who may read the order may follow it.")
	SseEmitter follow(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.streams.open(this.orders.followedBy(orderId, user));
	}

}
