package com.jainshikanji.order.tracking;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.jainshikanji.common.security.AuthenticatedUser;

/** The delivery person's location updates, and the trail the customer sees. */
@RestController
@RequestMapping("/api/v1/orders/{orderId}/tracking")
@Tag(name = "Tracking",
		description = "Where an order on its way is: its delivery person reports, its customer (and store, and "
				+ "admins) read; GET /api/v1/orders/{orderId}/events streams it live.")
class TrackingController {

	private final DeliveryTracking tracking;

	TrackingController(DeliveryTracking tracking) {
		this.tracking = tracking;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report the delivery person's location",
			description = "Only the delivery person the order is assigned to (403 for anyone else who can see it), "
					+ "while it is out for delivery (409 tracking-closed before it leaves the store and once it is "
					+ "delivered or cancelled).")
	TrackingPointResponse record(@PathVariable UUID orderId, @Valid @RequestBody LocationUpdateRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		return this.tracking.record(orderId, request.toLocation(), user);
	}

	@GetMapping
	@Operation(summary = "Read where the order has been",
			description = "The latest 100 locations reported while it was out for delivery, newest first.")
	List<TrackingPointResponse> trail(@PathVariable UUID orderId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.tracking.trail(orderId, user);
	}

}
