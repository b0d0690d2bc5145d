package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One use of a campaign by an order: reserved at placement, confirmed with the order,
 * released (and counted again) when the order is cancelled or refunded in full. Once
 * released it stays released: a late confirmation of a cancelled order does not revive
 * it.
 */
@Entity
@Table(name = "campaign_usage")
class CampaignUsage {

	enum Status {

		RESERVED, CONFIRMED, RELEASED

	}

	@Id
	private UUID id;

	private UUID campaignId;

	private UUID customerId;

	private UUID orderId;

	private BigDecimal discountApplied;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant createdAt;

	private Instant updatedAt;

	CampaignUsage(UUID campaignId, UUID customerId, UUID orderId, BigDecimal discountApplied, Instant at) {
		this.id = UUID.randomUUID();
		this.campaignId = campaignId;
		this.customerId = customerId;
		this.orderId = orderId;
		this.discountApplied = discountApplied;
		this.status = Status.RESERVED;
		this.createdAt = at;
		this.updatedAt = at;
	}

	@SuppressWarnings("NullAway.Init")
	protected CampaignUsage() {
	}

	/**
	 * @return whether it changed (a released use stays released)
	 */
	boolean confirm(Instant at) {
		if (this.status != Status.RESERVED) {
			return false;
		}
		this.status = Status.CONFIRMED;
		this.updatedAt = at;
		return true;
	}

	/**
	 * @return whether it changed, so the use is given back exactly once
	 */
	boolean release(Instant at) {
		if (this.status == Status.RELEASED) {
			return false;
		}
		this.status = Status.RELEASED;
		this.updatedAt = at;
		return true;
	}

	UUID campaignId() {
		return this.campaignId;
	}

	Status status() {
		return this.status;
	}

}
