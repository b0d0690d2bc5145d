package com.jainshikanji.order.tracking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.order.order.OrderStatus;

/**
 * Where an order's delivery person said they were, and when. Never changed once recorded.
 */
@Entity
@Table(name = "order_tracking")
class TrackingPoint {

	/**
	 * Given when the point is stored: an id set before would make Spring Data take a new
	 * point for a stored one and merge it, a SELECT before every INSERT.
	 */
	@Id
	@GeneratedValue
	private @Nullable UUID id;

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

	TrackingPoint(UUID orderId, Location location, OrderStatus status, UUID recordedBy, Instant now) {
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
