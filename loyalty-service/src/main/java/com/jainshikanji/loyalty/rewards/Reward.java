package com.jainshikanji.loyalty.rewards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.coupons.CouponOffer;
import com.jainshikanji.loyalty.coupons.DiscountType;

/**
 * Something in the catalog, for a number of points; whoever takes it gets a coupon of
 * their own with its offer, to use at checkout. Admins revise it and retire it; coupons
 * already issued for it keep the offer they were issued with and stay usable.
 */
@Entity
@Table(name = "rewards")
class Reward {

	@Id
	private UUID id;

	private String name;

	private @Nullable String description;

	private int pointsCost;

	private boolean active;

	private DiscountType discountType;

	private BigDecimal discountValue;

	private @Nullable BigDecimal maxDiscount;

	private UUID[] applicableProducts;

	private int validDays;

	private Instant createdAt;

	private Instant updatedAt;

	Reward(String name, @Nullable String description, int pointsCost, CouponOffer offer, Instant at) {
		this.id = UUID.randomUUID();
		this.active = true;
		this.createdAt = at;
		revise(name, description, pointsCost, offer, at);
	}

	@SuppressWarnings("NullAway.Init")
	protected Reward() {
	}

	/**
	 * Changes what it is, costs and gives, retired or not: whoever takes it from now on
	 * pays and gets the new terms; coupons already issued keep theirs.
	 */
	void revise(String name, @Nullable String description, int pointsCost, CouponOffer offer, Instant at) {
		if (pointsCost < 1) {
			throw new IllegalArgumentException("A reward costs at least one point");
		}
		this.name = name;
		this.description = description;
		this.pointsCost = pointsCost;
		this.discountType = offer.discountType();
		this.discountValue = offer.discountValue();
		this.maxDiscount = offer.maxDiscount();
		this.applicableProducts = offer.applicableProducts().toArray(UUID[]::new);
		this.validDays = offer.validDays();
		this.updatedAt = at;
	}

	/**
	 * Takes it out of the catalog for good: no longer listed nor taken. It stays stored,
	 * since the ledger entries that paid for it and the coupons they issued name it.
	 * @return whether it was still in the catalog
	 */
	boolean retire(Instant at) {
		if (!this.active) {
			return false;
		}
		this.active = false;
		this.updatedAt = at;
		return true;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	int pointsCost() {
		return this.pointsCost;
	}

	boolean active() {
		return this.active;
	}

	/** What the customer who takes it gets: a coupon of their own with this offer. */
	CouponOffer offer() {
		return new CouponOffer(this.discountType, this.discountValue, this.maxDiscount,
				List.of(this.applicableProducts), this.validDays);
	}

}
