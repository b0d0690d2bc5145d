package com.jainshikanji.inventory.reservation;

import java.net.URI;
import java.util.UUID;

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

/**
 * Stock reservations for order placement, called by the order service (SERVICE role) or
 * an admin. Reserve is idempotent per order id (201 the first time, 200 with the same
 * reservation after); commit and release are idempotent too.
 */
@RestController
@RequestMapping("/api/v1/inventory/reservations")
class ReservationController {

	private final StockReservations reservations;

	ReservationController(StockReservations reservations) {
		this.reservations = reservations;
	}

	@PostMapping
	ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReserveRequest request,
			@AuthenticationPrincipal AuthenticatedUser user) {
		StockReservations.Reserved reserved = this.reservations.reserve(request, user.id());
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
	ReservationResponse reservation(@PathVariable UUID reservationId) {
		return this.reservations.reservation(reservationId);
	}

	/** The order was placed: the held stock is sold. */
	@PostMapping("/{reservationId}/commit")
	ReservationResponse commit(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.reservations.commit(reservationId, user.id());
	}

	/** The order was not placed: the held stock is available again. */
	@PostMapping("/{reservationId}/release")
	ReservationResponse release(@PathVariable UUID reservationId, @AuthenticationPrincipal AuthenticatedUser user) {
		return this.reservations.release(reservationId, user.id());
	}

}
