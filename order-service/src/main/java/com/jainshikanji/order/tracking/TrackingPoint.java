package com.jainshikanji.order.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Persistable;

import com.jainshikanji.order.order.OrderStatus;

/**
 * Where an order's delivery person said they were, and when. Never changed once recorded.
 */
@Entity
@Table(name = "order_tracking")
class TrackingPoint implements Persistable<UUID> {

	@Id
	private UUID id;

	/**
	 * Whether the row exists. The id is set before it does, so Spring Data cannot tell a
	 * new point from a stored one by its id, and would merge a new one: a SELECT before
	 * every INSERT.
	 */
	@Transient
	private boolean stored;

	private UUID orderId;

	private BigDecimal latitude;

	private BigDecimal longitude;

	/** The order's status when the point was recorded. */
	private OrderStatus status;

	private @Nullable String message;

	private UUID recordedBy;

	private Instant createdAt;

	protected TrackingPoint() {
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.stored = true;
	}

	TrackingPoint(UUID orderId, Location location, OrderStatus status, UUID recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.orderId = orderId;
		this.latitude = location.latitude();
		this.longitude = location.longitude();
		this.message = location.message();
		this.status = status;
		this.recordedBy = recordedBy;
		this.createdAt = now;
	}

	TrackingPointResponse toResponse() {
		return new TrackingPointResponse(this.latitude, this.longitude, this.status, this.message, this.createdAt);
	}

}
