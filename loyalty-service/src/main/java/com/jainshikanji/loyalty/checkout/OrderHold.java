package com.jainshikanji.loyalty.checkout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * What an order holds: points (already debited) and a coupon use. Held at placement,
 * confirmed with the order, released when it is cancelled or refunded in full, whatever
 * order those facts arrive in: a release is final (a confirmation seen after it changes
 * nothing), and a confirmed hold is still released when the confirmed order is cancelled
 * or refunded.
 */
@Entity
@Table(name = "order_holds")
class OrderHold {

	enum Status {

		HELD, CONFIRMED, RELEASED

	}

	@Id
	private UUID orderId;

	private UUID customerId;

	private int points;

	private BigDecimal pointsValue;

	private @Nullable UUID campaignId;

	private @Nullable String couponCode;

	private BigDecimal discount;

	private boolean freeDelivery;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant updatedAt;

	OrderHold(UUID orderId, UUID customerId, int points, BigDecimal pointsValue, @Nullable UUID campaignId,
			@Nullable String couponCode, BigDecimal discount, boolean freeDelivery, Instant at) {
		this.orderId = orderId;
		this.customerId = customerId;
		this.points = points;
		this.pointsValue = pointsValue;
		this.campaignId = campaignId;
		this.couponCode = couponCode;
		this.discount = discount;
		this.freeDelivery = freeDelivery;
		this.status = Status.HELD;
		this.createdAt = at;
		this.updatedAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected OrderHold() {
	}

	/**
	 * @return whether it changed: only a hold still held is confirmed
	 */
	boolean confirm(Instant at) {
		if (this.status != Status.HELD) {
			return false;
		}
		this.status = Status.CONFIRMED;
		this.updatedAt = at;
		return true;
	}

	/**
	 * @return whether it changed: a hold is released once
	 */
	boolean release(Instant at) {
		if (this.status == Status.RELEASED) {
			return false;
		}
		this.status = Status.RELEASED;
		this.updatedAt = at;
		return true;
	}

	UUID orderId() {
		return this.orderId;
	}

	UUID customerId() {
		return this.customerId;
	}

	int points() {
		return this.points;
	}

	BigDecimal pointsValue() {
		return this.pointsValue;
	}

	@Nullable String couponCode() {
		return this.couponCode;
	}

	BigDecimal discount() {
		return this.discount;
	}

	boolean freeDelivery() {
		return this.freeDelivery;
	}

	Status status() {
		return this.status;
	}

}
