package com.jainshikanji.loyalty.coupons;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.loyalty.points.Tier;

/**
 * A campaign as an admin writes it.
 *
 * @param code the coupon code (letters, digits, - and _; case-insensitive)
 * @param type discount, bogo, free_delivery, loyalty_bonus or referral
 * @param discountType percentage, fixed, free_delivery or free_item
 * @param discountValue percent for percentage, rupees for fixed; ignored otherwise
 * @param usageLimit uses in all; unlimited when absent
 * @param usagePerCustomer uses per customer, 1 when absent
 * @param active a new campaign is on unless false; a changed one keeps its state when
 * absent
 */
record CampaignRequest(@NotBlank @Size(max = 255) String name,
		@Nullable @Pattern(regexp = "[A-Za-z0-9_-]{3,50}") String code, @Nullable @Size(max = 1000) String description,
		@NotNull @Pattern(regexp = "(?i)discount|bogo|free_delivery|loyalty_bonus|referral") String type,
		@NotNull @Pattern(regexp = "(?i)percentage|fixed|free_delivery|free_item") String discountType,
		@Nullable @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 8, fraction = 2) BigDecimal discountValue,
		@Nullable @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 8, fraction = 2) BigDecimal minOrderValue,
		@Nullable @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 8, fraction = 2) BigDecimal maxDiscount,
		@Nullable @Size(max = 200) List<@NotNull UUID> applicableProducts,
		@Nullable @Size(max = 200) List<@NotNull UUID> applicableCategories, @Nullable Set<@NotNull Tier> customerTiers,
		@Nullable @Min(1) @Max(10_000_000) Integer usageLimit, @Nullable @Min(1) @Max(1000) Integer usagePerCustomer,
		@NotNull Instant startDate, @NotNull Instant endDate, @Nullable Boolean active) {

	/**
	 * The dates a campaign may have: the years 2000 to 9999, which PostgreSQL stores
	 * (Java reads years up to a billion).
	 */
	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

	/**
	 * @param activeWhenAbsent whether the campaign is on when the request does not say
	 * @throws InvalidCampaign if a date is outside the years 2000 to 9999, or the dates
	 * contradict each other
	 */
	CampaignTerms terms(boolean activeWhenAbsent) {
		requirePlausible("startDate", this.startDate);
		requirePlausible("endDate", this.endDate);
		return new CampaignTerms(this.name.strip(), (this.code != null) ? Coupons.normalize(this.code) : null,
				this.description, this.type.toLowerCase(Locale.ROOT), DiscountType.of(this.discountType),
				rupees((this.discountValue != null) ? this.discountValue : BigDecimal.ZERO),
				(this.minOrderValue != null) ? rupees(this.minOrderValue) : null,
				(this.maxDiscount != null) ? rupees(this.maxDiscount) : null,
				(this.applicableProducts != null) ? this.applicableProducts : List.of(),
				(this.applicableCategories != null) ? this.applicableCategories : List.of(),
				(this.customerTiers != null) ? this.customerTiers : Set.of(), this.usageLimit,
				(this.usagePerCustomer != null) ? this.usagePerCustomer : 1, this.startDate, this.endDate,
				(this.active != null) ? this.active : activeWhenAbsent);
	}

	private static void requirePlausible(String field, Instant date) {
		if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
			throw new InvalidCampaign(field, "must be between the years 2000 and 9999");
		}
	}

	private static BigDecimal rupees(BigDecimal amount) {
		return amount.setScale(2, java.math.RoundingMode.HALF_UP);
	}

}
