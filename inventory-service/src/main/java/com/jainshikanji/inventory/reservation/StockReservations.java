package com.jainshikanji.inventory.reservation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.inventory.catalog.ProductLookup;
import com.jainshikanji.inventory.stock.Actor;
import com.jainshikanji.inventory.stock.StockLevels;
import com.jainshikanji.inventory.stock.StockLine;

/**
 * Reservations for order placement: reserve all items of an order or none, then commit or
 * release; reservations left alone expire. Every operation is idempotent, and each takes
 * the reservation's lock (or, for a new one, a lock on its order id) before touching
 * stock, so retries and races never hold, sell or return stock twice.
 *
 * <p>
 * A reservation whose time is up is expired by whichever comes first: the expiry job, or
 * any call that finds it (reserve again, commit, release). Under its lock, it expires
 * once and its stock comes back once. That expiry stands even when the call itself is
 * then refused, hence the {@code noRollbackFor}s.
 */
@Service
class StockReservations {

	/** Namespace of the advisory locks taken on order ids (ASCII "RESV"). */
	private static final int ORDER_LOCKS = 0x52455356;

	private final Reservations reservations;

	private final StockLevels stock;

	private final ProductLookup products;

	private final JdbcClient jdbc;

	private final ReservationProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	StockReservations(Reservations reservations, StockLevels stock, ProductLookup products, JdbcClient jdbc,
			ReservationProperties properties, AuditLog audit, Clock clock) {
		this.reservations = reservations;
		this.stock = stock;
		this.products = products;
		this.jdbc = jdbc;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Holds the order's items, or returns the reservation the order already has if it
	 * asked for the same items and still holds (or sold) them, without taking more stock.
	 * @throws ReservationConflict when the order already has a reservation for something
	 * else
	 * @throws ReservationNotActive when the order's reservation was released or expired
	 * (expiring it now if its time is up)
	 * @throws com.jainshikanji.inventory.catalog.InvalidSelection when a product is
	 * archived or cannot be ordered now
	 * @throws RuntimeException the stock's refusal (insufficient stock, 409) when any
	 * item is short; nothing is held then
	 */
	@Transactional(noRollbackFor = { ReservationConflict.class, ReservationNotActive.class })
	Reserved reserve(ReservationOrder order, @Nullable UUID actorId, boolean byStaff) {
		lockOrder(order.orderId());
		Instant now = this.clock.instant();
		Optional<Reservation> existing = this.reservations.lockByOrderId(order.orderId());
		if (existing.isPresent()) {
			Reservation reservation = existing.get();
			expireIfDue(reservation, now);
			if (!reservation.sameAs(order.storeId(), order.lines())) {
				throw new ReservationConflict(order.orderId(), reservation.id());
			}
			if (!reservation.active()) {
				throw new ReservationNotActive(reservation.id(), order.orderId(), reservation.status());
			}
			return new Reserved(reservation.toResponse(), false);
		}
		this.products.requireOrderable(order.productIds(), now);
		this.stock.reserve(order.storeId(), order.lines(), actor(actorId, order.orderId()));
		Reservation reservation = Reservation.hold(order.orderId(), order.storeId(), order.lines(),
				now.plus(this.properties.ttl()), actorId, now);
		this.reservations.saveAndFlush(reservation);
		if (byStaff) {
			this.audit.record(AuditEvent.of("reservation.created", "reservation", reservation.id())
				.atStore(order.storeId())
				.with("orderId", order.orderId())
				.with("items", reservation.toResponse().items()));
		}
		return new Reserved(reservation.toResponse(), true);
	}

	@Transactional(readOnly = true)
	ReservationResponse reservation(UUID reservationId) {
		return this.reservations.findById(reservationId)
			.orElseThrow(() -> new ReservationNotFound(reservationId))
			.toResponse();
	}

	/**
	 * Sells the held stock; committing again changes nothing.
	 * @throws IllegalReservationTransition when it was released or expired, or its time
	 * is up (it expires now then, and its stock comes back)
	 */
	@Transactional(noRollbackFor = IllegalReservationTransition.class)
	ReservationResponse commit(UUID reservationId, @Nullable UUID actorId, boolean byStaff) {
		Reservation reservation = lock(reservationId);
		Instant now = this.clock.instant();
		expireIfDue(reservation, now);
		if (reservation.commit(now)) {
			this.stock.sellReserved(reservation.storeId(), reservation.stockLines(),
					actor(actorId, reservation.orderId()));
			if (byStaff) {
				audit("reservation.committed", reservation);
			}
		}
		return reservation.toResponse();
	}

	/**
	 * Returns the held stock; releasing again (or after expiry) changes nothing. A
	 * reservation whose time is up expires rather than being released.
	 */
	@Transactional
	ReservationResponse release(UUID reservationId, @Nullable UUID actorId, boolean byStaff) {
		Reservation reservation = lock(reservationId);
		Instant now = this.clock.instant();
		expireIfDue(reservation, now);
		if (reservation.release(now)) {
			this.stock.releaseReserved(reservation.storeId(), reservation.stockLines(),
					actor(actorId, reservation.orderId()), false);
			if (byStaff) {
				audit("reservation.released", reservation);
			}
		}
		return reservation.toResponse();
	}

	/**
	 * The order was confirmed: its held stock is sold. Nothing happens when it is sold
	 * already. When the reservation is gone (released, expired, or there never was one)
	 * the order is confirmed without stock held for it: that is logged for the store to
	 * handle, as no retry can bring the stock back.
	 * @return what happened
	 */
	@Transactional
	OrderOutcome orderConfirmed(UUID orderId) {
		Optional<Reservation> found = this.reservations.lockByOrderId(orderId);
		if (found.isEmpty()) {
			return OrderOutcome.NO_RESERVATION;
		}
		Reservation reservation = found.get();
		Instant now = this.clock.instant();
		expireIfDue(reservation, now);
		if (reservation.status() != ReservationStatus.HELD && reservation.status() != ReservationStatus.COMMITTED) {
			return OrderOutcome.RESERVATION_LAPSED;
		}
		if (reservation.commit(now)) {
			this.stock.sellReserved(reservation.storeId(), reservation.stockLines(), Actor.system("order:" + orderId));
			return OrderOutcome.CHANGED;
		}
		return OrderOutcome.UNCHANGED;
	}

	/**
	 * The order was cancelled: held stock is released, sold stock returned, once
	 * whichever way the order went (and whatever order the events arrive in: a
	 * cancellation that overtook its confirmation releases the stock, and the late
	 * confirmation then finds nothing to commit).
	 * @return what happened
	 */
	@Transactional
	OrderOutcome orderCancelled(UUID orderId) {
		Optional<Reservation> found = this.reservations.lockByOrderId(orderId);
		if (found.isEmpty()) {
			return OrderOutcome.NO_RESERVATION;
		}
		Reservation reservation = found.get();
		Instant now = this.clock.instant();
		expireIfDue(reservation, now);
		Actor system = Actor.system("order:" + orderId);
		boolean changed = switch (reservation.status()) {
			case HELD -> {
				reservation.release(now);
				this.stock.releaseReserved(reservation.storeId(), reservation.stockLines(), system, false);
				yield true;
			}
			case COMMITTED -> {
				reservation.returnSold(now);
				this.stock.returnSold(reservation.storeId(), reservation.stockLines(), system);
				yield true;
			}
			case RELEASED, EXPIRED, RETURNED -> false;
		};
		return changed ? OrderOutcome.CHANGED : OrderOutcome.UNCHANGED;
	}

	/**
	 * Expires the held reservation that ran out first, if any, returning its stock.
	 * Reservations another transaction has locked are skipped, so any number of instances
	 * can run this at once and each reservation expires exactly once.
	 * @param skipped reservations not to try now, e.g. those that failed to expire
	 * earlier in the same run
	 * @return whether one was expired
	 * @throws ExpiryFailed naming the reservation when expiring it failed; nothing of it
	 * changed
	 */
	@Transactional
	boolean expireNextDue(Set<UUID> skipped) {
		Instant now = this.clock.instant();
		Optional<UUID> due = this.reservations.lockNextDue(now, skipped.toArray(UUID[]::new));
		if (due.isEmpty()) {
			return false;
		}
		try {
			expireIfDue(this.reservations.findById(due.get()).orElseThrow(), now);
			// Inside the try, so that a refused write names the reservation too.
			this.reservations.flush();
		}
		catch (RuntimeException ex) {
			throw new ExpiryFailed(due.get(), ex);
		}
		return true;
	}

	/**
	 * Expires the reservation, locked by the caller, if its time is up, and returns its
	 * stock on behalf of the service itself.
	 */
	private void expireIfDue(Reservation reservation, Instant now) {
		if (reservation.expire(now)) {
			this.stock.releaseReserved(reservation.storeId(), reservation.stockLines(),
					Actor.system("order:" + reservation.orderId()), true);
		}
	}

	private void audit(String action, Reservation reservation) {
		this.audit.record(AuditEvent.of(action, "reservation", reservation.id())
			.atStore(reservation.storeId())
			.with("orderId", reservation.orderId()));
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

	private static Actor actor(@Nullable UUID actorId, UUID orderId) {
		return Actor.of(actorId, "order:" + orderId);
	}

	/**
	 * What an order asks to hold.
	 *
	 * @param lines one per product, quantities of a product listed twice added up
	 */
	record ReservationOrder(UUID orderId, UUID storeId, List<StockLine> lines) {

		List<UUID> productIds() {
			return this.lines.stream().map(StockLine::productId).toList();
		}

	}

	/**
	 * @param created whether this call made it, or found it made by an earlier call
	 */
	record Reserved(ReservationResponse reservation, boolean created) {
	}

	/** What an order's confirmation or cancellation did to its reservation. */
	enum OrderOutcome {

		/** Stock was sold, released or returned. */
		CHANGED,

		/** Done before (a repeated event, or one overtaken by a later one). */
		UNCHANGED,

		/** The order was confirmed after its reservation stopped holding stock. */
		RESERVATION_LAPSED,

		/** The order has no reservation here. */
		NO_RESERVATION

	}

}
