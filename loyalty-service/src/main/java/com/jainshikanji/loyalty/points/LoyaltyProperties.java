package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How points are earned, worth and kept.
 *
 * @param rupeesPerPoint one point (before the tier multiplier) per this many rupees of an
 * order's total after discounts
 * @param pointValue what one redeemed point takes off an order, in rupees
 * @param maxRedeemShare the largest share of an order's subtotal (after its coupon) that
 * points may pay, e.g. 0.5
 * @param pointsValidity how long credited points last before the expiry job takes them,
 * oldest first
 * @param tierWindow the rolling window of earned points that decides the tier
 * @param expiryInterval how often the expiry job runs
 */
@Validated
@ConfigurationProperties("loyalty")
public record LoyaltyProperties(@NotNull @DecimalMin("0.01") @DefaultValue("10") BigDecimal rupeesPerPoint,
		@NotNull @DecimalMin("0.01") @DefaultValue("0.25") BigDecimal pointValue,
		@NotNull @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") BigDecimal maxRedeemShare,
		@NotNull @DefaultValue("365d") Duration pointsValidity, @NotNull @DefaultValue("365d") Duration tierWindow,
		@NotNull @DefaultValue("1h") Duration expiryInterval, @Valid @NotNull @DefaultValue Tiers tiers) {

	/**
	 * Tier thresholds (points earned in the window) and earn multipliers.
	 */
	public record Tiers(@Min(1) @DefaultValue("500") long silver, @Min(1) @DefaultValue("1500") long gold,
			@Min(1) @DefaultValue("5000") long platinum,
			@NotNull @DecimalMin("0") @DefaultValue("1.0") BigDecimal bronzeMultiplier,
			@NotNull @DecimalMin("0") @DefaultValue("1.25") BigDecimal silverMultiplier,
			@NotNull @DecimalMin("0") @DefaultValue("1.5") BigDecimal goldMultiplier,
			@NotNull @DecimalMin("0") @DefaultValue("2.0") BigDecimal platinumMultiplier) {

		BigDecimal multiplier(Tier tier) {
			return switch (tier) {
				case BRONZE -> this.bronzeMultiplier;
				case SILVER -> this.silverMultiplier;
				case GOLD -> this.goldMultiplier;
				case PLATINUM -> this.platinumMultiplier;
			};
		}

		long threshold(Tier tier) {
			return switch (tier) {
				case BRONZE -> 0;
				case SILVER -> this.silver;
				case GOLD -> this.gold;
				case PLATINUM -> this.platinum;
			};
		}

	}

}
