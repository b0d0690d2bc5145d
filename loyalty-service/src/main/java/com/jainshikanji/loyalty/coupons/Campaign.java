package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.points.Tier;

/**
 * A campaign and its coupon: which carts it applies to and what it takes off. Its usage
 * counter is never changed here: {@link Campaigns#takeUse} and
 * {@link Campaigns#giveBackUse} change it in SQL, conditionally, so concurrent checkouts
 * never take more uses than the limit.
 */
@Entity
@Table(name = "campaigns")
class Campaign {

	@Id
	private UUID id;

	private String name;

	private @Nullable String code;

	private @Nullable String description;

	private String type;

	private DiscountType discountType;

	private BigDecimal discountValue;

	private @Nullable BigDecimal minOrderValue;

	private @Nullable BigDecimal maxDiscount;

	private UUID[] applicableProducts;

	private UUID[] applicableCategories;

	private String[] customerTiers;

	private @Nullable Integer usageLimit;

	private int usagePerCustomer;

	@jakarta.persistence.Column(insertable = false, updatable = false)
	private int currentUsage;

	private Instant startDate;

	private Instant endDate;

	@jakarta.persistence.Column(name = "is_active")
	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	/** The one customer who may use a personal coupon; {@code null} for a campaign's. */
	private @Nullable UUID ownerId;

	/** The ledger entry that paid for a personal coupon. */
	private @Nullable UUID issuedFor;

	/**
	 * @throws InvalidCampaign if the terms contradict themselves
	 */
	Campaign(CampaignTerms terms, Instant at) {
		terms.requireConsistent();
		this.id = UUID.randomUUID();
		this.createdAt = at;
		apply(terms, at);
	}

	/**
	 * A coupon of one use that only its owner may apply, from now until the offer's
	 * validity ends.
	 * @param issuedFor the ledger entry that paid for it
	 */
	static Campaign personal(UUID ownerId, UUID issuedFor, String name, @Nullable String description, String code,
			CouponOffer offer, Instant at) {
		Campaign coupon = new Campaign(new CampaignTerms(name, code, description, "loyalty_bonus", offer.discountType(),
				offer.discountValue(), null, offer.maxDiscount(), offer.applicableProducts(), List.of(), Set.of(), 1, 1,
				at, at.plus(Duration.ofDays(offer.validDays())), true), at);
		coupon.ownerId = ownerId;
		coupon.issuedFor = issuedFor;
		return coupon;
	}

	@SuppressWarnings("NullAway.Init")
	protected Campaign() {
	}

	/**
	 * Changes the terms; uses already taken stay taken, so the limit cannot go below
	 * them.
	 * @throws InvalidCampaign if the terms contradict themselves or the new limit is
	 * below the uses taken
	 */
	void update(CampaignTerms terms, Instant at) {
		terms.requireConsistent();
		if (terms.usageLimit() != null && terms.usageLimit() < this.currentUsage) {
			throw new InvalidCampaign("usageLimit",
					"must be at least the " + this.currentUsage + " uses taken already");
		}
		apply(terms, at);
	}

	/** Switches the campaign off: its code no longer applies. */
	void deactivate(Instant at) {
		this.active = false;
		this.updatedAt = at;
	}

	/**
	 * Whether the customer may use it: anyone may use a campaign's code, only its owner a
	 * personal coupon.
	 */
	boolean isFor(UUID customerId) {
		return this.ownerId == null || this.ownerId.equals(customerId);
	}

	/**
	 * Judges the coupon against a cart for a customer of a tier, at a time: validity,
	 * minimum order, the items it covers, the tier. Usage limits are the caller's (they
	 * need the database).
	 */
	Evaluation evaluate(Cart cart, Tier tier, Instant at) {
		if (!this.active) {
			return Evaluation.refused(Refusal.INACTIVE);
		}
		if (at.isBefore(this.startDate)) {
			return Evaluation.refused(Refusal.NOT_STARTED);
		}
		if (!at.isBefore(this.endDate)) {
			return Evaluation.refused(Refusal.EXPIRED);
		}
		if (this.customerTiers.length > 0 && !customerTiers().contains(tier)) {
			return Evaluation.refused(Refusal.TIER_NOT_ELIGIBLE);
		}
		if (this.minOrderValue != null && cart.subtotal().compareTo(this.minOrderValue) < 0) {
			return Evaluation.refused(Refusal.BELOW_MINIMUM);
		}
		List<Cart.Line> covered = cart.lines().stream().filter(this::covers).toList();
		if (covered.isEmpty() && this.discountType != DiscountType.FREE_DELIVERY) {
			return Evaluation.refused(Refusal.NO_APPLICABLE_ITEMS);
		}
		BigDecimal base = covered.stream().map(Cart.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal discount = switch (this.discountType) {
			case PERCENTAGE ->
				base.multiply(this.discountValue).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
			case FIXED -> this.discountValue.min(base);
			case FREE_ITEM -> covered.stream().map(Cart.Line::unitPrice).min(BigDecimal::compareTo).orElseThrow();
			case FREE_DELIVERY -> BigDecimal.ZERO;
		};
		if (this.discountType == DiscountType.FREE_DELIVERY) {
			if (cart.deliveryFee().signum() <= 0) {
				return Evaluation.refused(Refusal.NO_DELIVERY_FEE);
			}
			return new Evaluation(null, BigDecimal.ZERO.setScale(2), true);
		}
		if (this.maxDiscount != null) {
			discount = discount.min(this.maxDiscount);
		}
		return new Evaluation(null, discount.setScale(2, RoundingMode.HALF_UP), false);
	}

	private boolean covers(Cart.Line line) {
		boolean anyProduct = this.applicableProducts.length == 0 && this.applicableCategories.length == 0;
		return anyProduct || Arrays.asList(this.applicableProducts).contains(line.productId())
				|| (line.categoryId() != null && Arrays.asList(this.applicableCategories).contains(line.categoryId()));
	}

	private void apply(CampaignTerms terms, Instant at) {
		this.name = terms.name();
		this.code = terms.code();
		this.description = terms.description();
		this.type = terms.type();
		this.discountType = terms.discountType();
		this.discountValue = terms.discountValue();
		this.minOrderValue = terms.minOrderValue();
		this.maxDiscount = terms.maxDiscount();
		this.applicableProducts = terms.applicableProducts().toArray(UUID[]::new);
		this.applicableCategories = terms.applicableCategories().toArray(UUID[]::new);
		this.customerTiers = terms.customerTiers().stream().map(Tier::name).sorted().toArray(String[]::new);
		this.usageLimit = terms.usageLimit();
		this.usagePerCustomer = terms.usagePerCustomer();
		this.startDate = terms.startDate();
		this.endDate = terms.endDate();
		this.active = terms.active();
		this.updatedAt = at;
	}

	UUID id() {
		return this.id;
	}

	@Nullable String code() {
		return this.code;
	}

	int usagePerCustomer() {
		return this.usagePerCustomer;
	}

	@Nullable Integer usageLimit() {
		return this.usageLimit;
	}

	int currentUsage() {
		return this.currentUsage;
	}

	Set<Tier> customerTiers() {
		return Arrays.stream(this.customerTiers).map(Tier::valueOf).collect(Collectors.toSet());
	}

	CampaignTerms terms() {
		return new CampaignTerms(this.name, this.code, this.description, this.type, this.discountType,
				this.discountValue, this.minOrderValue, this.maxDiscount, List.of(this.applicableProducts),
				List.of(this.applicableCategories), customerTiers(), this.usageLimit, this.usagePerCustomer,
				this.startDate, this.endDate, this.active);
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

}
