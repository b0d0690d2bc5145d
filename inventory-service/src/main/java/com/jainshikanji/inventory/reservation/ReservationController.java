package com.jainshikanji.inventory.reservation;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;

/**
 * Stock reservations for order placement, called by the order service (SERVICE role) or
 * an admin. Reserve is idempotent per order id, and its status says whether the stock is
 * held: 201 when this call made the reservation, 200 when the same reservation already
 * holds (or sold) the stock, 409 {@code reservation-not-active} when it was released or
 * expired. Commit and release are idempotent too.
 */
@RestController
@RequestMapping("/api/v1/inventory/reservations")
@Tag(name = "Reservations",
		description = "Stock held for an order while it is placed, then sold (commit) or given back (release); "
				+ "held stock left alone expires after its TTL. For the order service and admins.")
class ReservationController {

	private final StockReservations reservations;

	ReservationController(StockReservations reservations) {
		this.reservations = reservations;
	}

	@PostMapping
	@Operation(summary = "Reserve an order's items",
			description = "All items or none (409 insufficient-stock names every product short; 422 "
					+ "product-unavailable names products archived or not orderable now). Idempotent per order id: "
					+ "201 created; 200 with the same reservation while it holds or has sold the stock; 409 "
					+ "reservation-not-active (with reservationStatus) once it was released or expired; 409 "
					+ "reservation-conflict for other items or another store.")
	ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReserveRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		StockReservations.Reserved reserved = this.reservations.reserve(request.toOrder(), user.id(), byStaff(user));
		if (!reserved.created()) {
			return ResponseEntity.ok(reserved.reservation());
		}
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(reserved.reservation().id())
			.toUri();
		return ResponseEntity.created(location).body(reserved.reservation());
	}

	@GetMapping("/{reservationId}")
	@Operation(summary = "Read a reservation")
	ReservationResponse reservation(@PathVariable UUID reservationId) {
		return this.reservations.reservation(reservationId);
	}

	@PostMapping("/{reservationId}/commit")
	@Operation(summary = "Commit a reservation",
			description = "The order was placed: the held stock is sold. Idempotent. 409 "
					+ "illegal-reservation-transition once released or expired, including a reservation past its "
					+ "expiry that the expiry job has not reached yet (it expires then).")
	ReservationResponse commit(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.reservations.commit(reservationId, user.id(), byStaff(user));
	}

	@PostMapping("/{reservationId}/release")
	@Operation(summary = "Release a reservation",
			description = "The order was not placed: the held stock is available again. Idempotent, also after "
					+ "expiry; 409 illegal-reservation-transition once committed.")
	ReservationResponse release(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.reservations.release(reservationId, user.id(), byStaff(user));
	}

	/** An admin acting, as opposed to the order service: audited. */
	private static boolean byStaff(AuthenticatedUser user) {
		return !user.hasRole(Role.SERVICE);
	}

}
