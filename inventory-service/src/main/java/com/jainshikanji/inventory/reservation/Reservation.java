package com.jainshikanji.inventory.reservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.inventory.stock.StockLine;

/**
 * Stock held at one store for one order, from reserve until commit, release or expiry;
 * stock sold by a commit comes back if the order is cancelled afterwards. The lines never
 * change. Each transition happens once: repeating it is a no-op, and the other
 * transitions are refused, so stock is held, sold and given back exactly once. Once its
 * time is up it can only expire, whether or not the expiry job got to it yet.
 */
@Entity
@Table(name = "reservations")
class Reservation {

	@Id
	private UUID id;

	private UUID orderId;

	private UUID storeId;

	@Enumerated(EnumType.STRING)
	private ReservationStatus status;

	private Instant expiresAt;

	private Instant createdAt;

	private Instant updatedAt;

	private @Nullable UUID createdBy;

	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "reservation_lines", joinColumns = @JoinColumn(name = "reservation_id"))
	private List<ReservationLine> lines = new ArrayList<>();

	protected Reservation() {
	}

	private Reservation(UUID orderId, UUID storeId, List<StockLine> lines, Instant expiresAt, @Nullable UUID createdBy,
			Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.storeId = storeId;
		this.status = ReservationStatus.HELD;
		this.expiresAt = expiresAt;
		this.createdAt = now;
		this.updatedAt = now;
		this.createdBy = createdBy;
		lines.forEach((line) -> this.lines.add(new ReservationLine(line.productId(), line.quantity())));
	}

	static Reservation hold(UUID orderId, UUID storeId, List<StockLine> lines, Instant expiresAt,
			@Nullable UUID createdBy, Instant now) {
		return new Reservation(orderId, storeId, lines, expiresAt, createdBy, now);
	}

	/** Whether a repeated reserve asks for exactly what this reservation holds. */
	boolean sameAs(UUID storeId, List<StockLine> lines) {
		return this.storeId.equals(storeId) && stockLines().equals(sorted(lines));
	}

	/**
	 * Whether its stock is held, or was sold: a repeated reserve may answer with it. A
	 * released or expired reservation holds nothing.
	 */
	boolean active() {
		return this.status == ReservationStatus.HELD || this.status == ReservationStatus.COMMITTED;
	}

	/** Whether it still holds stock that its time ran out for. */
	boolean due(Instant now) {
		return this.status == ReservationStatus.HELD && !now.isBefore(this.expiresAt);
	}

	/**
	 * Marks the held stock sold.
	 * @return whether anything changed: {@code false} when it was committed already
	 * @throws IllegalReservationTransition when it was released or expired, or is due to
	 * expire (its stock is then on its way back)
	 */
	boolean commit(Instant now) {
		if (this.status == ReservationStatus.COMMITTED) {
			return false;
		}
		if (due(now)) {
			throw new IllegalReservationTransition(this.id, ReservationStatus.EXPIRED, ReservationStatus.COMMITTED);
		}
		return moveTo(ReservationStatus.COMMITTED, now);
	}

	/**
	 * Gives the held stock back.
	 * @return whether anything changed: {@code false} when it was released or expired
	 * already (the stock is back either way)
	 * @throws IllegalReservationTransition when it was committed
	 */
	boolean release(Instant now) {
		if (this.status == ReservationStatus.RELEASED || this.status == ReservationStatus.EXPIRED) {
			return false;
		}
		return moveTo(ReservationStatus.RELEASED, now);
	}

	/**
	 * Takes back the stock it sold, because its order was cancelled after it was
	 * confirmed.
	 * @return whether anything changed: {@code false} when it was returned already
	 * @throws IllegalReservationTransition unless it was committed
	 */
	boolean returnSold(Instant now) {
		if (this.status == ReservationStatus.RETURNED) {
			return false;
		}
		if (this.status != ReservationStatus.COMMITTED) {
			throw new IllegalReservationTransition(this.id, this.status, ReservationStatus.RETURNED);
		}
		this.status = ReservationStatus.RETURNED;
		this.updatedAt = now;
		return true;
	}

	/**
	 * Gives the held stock back because time ran out.
	 * @return whether anything changed: {@code false} unless it was held and due
	 */
	boolean expire(Instant now) {
		if (!due(now)) {
			return false;
		}
		return moveTo(ReservationStatus.EXPIRED, now);
	}

	private boolean moveTo(ReservationStatus target, Instant now) {
		if (this.status != ReservationStatus.HELD) {
			throw new IllegalReservationTransition(this.id, this.status, target);
		}
		this.status = target;
		this.updatedAt = now;
		return true;
	}

	UUID id() {
		return this.id;
	}

	UUID orderId() {
		return this.orderId;
	}

	UUID storeId() {
		return this.storeId;
	}

	/** The lines in product id order. */
	List<StockLine> stockLines() {
		return sorted(this.lines.stream().map(ReservationLine::toStockLine).toList());
	}

	private static List<StockLine> sorted(List<StockLine> lines) {
		return lines.stream().sorted(Comparator.comparing(StockLine::productId)).toList();
	}

	ReservationStatus status() {
		return this.status;
	}

	ReservationResponse toResponse() {
		return new ReservationResponse(this.id, this.orderId, this.storeId, this.status, this.expiresAt,
				stockLines().stream()
					.map((line) -> new ReservationResponse.Item(line.productId(), line.quantity()))
					.toList(),
				this.createdAt, this.updatedAt);
	}

}
