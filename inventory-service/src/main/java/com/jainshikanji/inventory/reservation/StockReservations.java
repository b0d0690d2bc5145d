package com.jainshikanji.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.inventory.stock.Actor;
import com.jainshikanji.inventory.stock.StockLevels;
import com.jainshikanji.inventory.stock.StockLine;

/**
 * Reservations for order placement: reserve all items of an order or none, then commit or
 * release; reservations left alone expire. Every operation is idempotent, and each takes
 * the reservation's lock (or, for a new one, a lock on its order id) before touching
 * stock, so retries and races never hold, sell or return stock twice.
 */
@Service
class StockReservations {

	/** Namespace of the advisory locks taken on order ids (ASCII "RESV"). */
	private static final int ORDER_LOCKS = 0x52455356;

	private final Reservations reservations;

	private final StockLevels stock;

	private final JdbcClient jdbc;

	private final ReservationProperties properties;

	private final Clock clock;

	StockReservations(Reservations reservations, StockLevels stock, JdbcClient jdbc, ReservationProperties properties,
			Clock clock) {
		this.reservations = reservations;
		this.stock = stock;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Holds the order's items, or returns the reservation the order already has if it
	 * asked for the same items (without taking more stock).
	 * @throws com.jainshikanji.inventory.stock.InsufficientStock when any item is short;
	 * nothing is held then
	 * @throws ReservationConflict when the order already has a reservation for something
	 * else
	 */
	@Transactional
	Reserved reserve(ReserveRequest request, UUID actorId) {
		lockOrder(request.orderId());
		List<StockLine> lines = request.lines();
		Optional<Reservation> existing = this.reservations.findByOrderId(request.orderId());
		if (existing.isPresent()) {
			if (!existing.get().sameAs(request.storeId(), lines)) {
				throw new ReservationConflict(request.orderId(), existing.get().id());
			}
			return new Reserved(existing.get().toResponse(), false);
		}
		Instant now = this.clock.instant();
		this.stock.reserve(request.storeId(), lines, actor(actorId, request.orderId()));
		Reservation reservation = Reservation.hold(request.orderId(), request.storeId(), lines,
				now.plus(this.properties.ttl()), actorId, now);
		this.reservations.saveAndFlush(reservation);
		return new Reserved(reservation.toResponse(), true);
	}

	@Transactional(readOnly = true)
	ReservationResponse reservation(UUID reservationId) {
		return this.reservations.findById(reservationId)
			.orElseThrow(() -> new ReservationNotFound(reservationId))
			.toResponse();
	}

	/** Sells the held stock; committing again changes nothing. */
	@Transactional
	ReservationResponse commit(UUID reservationId, UUID actorId) {
		Reservation reservation = lock(reservationId);
		if (reservation.commit(this.clock.instant())) {
			this.stock.sellReserved(reservation.storeId(), reservation.stockLines(),
					actor(actorId, reservation.orderId()));
		}
		return reservation.toResponse();
	}

	/** Returns the held stock; releasing again (or after expiry) changes nothing. */
	@Transactional
	ReservationResponse release(UUID reservationId, UUID actorId) {
		Reservation reservation = lock(reservationId);
		if (reservation.release(this.clock.instant())) {
			this.stock.releaseReserved(reservation.storeId(), reservation.stockLines(),
					actor(actorId, reservation.orderId()), false);
		}
		return reservation.toResponse();
	}

	/**
	 * Expires the held reservation that ran out first, if any, returning its stock.
	 * Reservations another transaction has locked are skipped, so any number of instances
	 * can run this at once and each reservation expires exactly once.
	 * @return whether one was expired
	 */
	@Transactional
	boolean expireNextDue() {
		Instant now = this.clock.instant();
		Optional<UUID> due = this.reservations.lockNextDue(now);
		if (due.isEmpty()) {
			return false;
		}
		Reservation reservation = this.reservations.findById(due.get()).orElseThrow();
		if (reservation.expire(now)) {
			this.stock.releaseReserved(reservation.storeId(), reservation.stockLines(),
					Actor.system("order:" + reservation.orderId()), true);
		}
		return true;
	}

	private Reservation lock(UUID reservationId) {
		return this.reservations.lockById(reservationId).orElseThrow(() -> new ReservationNotFound(reservationId));
	}

	/**
	 * Serializes reserves of one order id until the transaction ends, so two concurrent
	 * identical reserves make one reservation.
	 */
	private void lockOrder(UUID orderId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:namespace, hashtext(:orderId))")
			.param("namespace", ORDER_LOCKS)
			.param("orderId", orderId.toString())
			.query((rs, row) -> Boolean.TRUE)
			.single();
	}

	private static Actor actor(UUID actorId, UUID orderId) {
		return Actor.of(actorId, "order:" + orderId);
	}

	/**
	 * @param created whether this call made it, or found it made by an earlier call
	 */
	record Reserved(ReservationResponse reservation, boolean created) {
	}

}
