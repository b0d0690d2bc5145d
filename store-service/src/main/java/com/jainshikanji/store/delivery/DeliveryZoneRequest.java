package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.PostalCodes;
import com.jainshikanji.store.validation.PlainText;

/**
 * A new delivery zone, or the full new content of one.
 *
 * @param postalCodes the postal codes the zone covers; compared without spaces, hyphens
 * and case
 * @param deliveryFee the zone's fee in rupees (at most two decimals, below 100,000,000);
 * the store's delivery fee applies when absent
 * @param estimatedMinutes how long delivery takes once the order is ready; 30 when absent
 * @param active true when absent
 */
record DeliveryZoneRequest(@NotBlank @PlainText(max = 255) String name,
		@NotEmpty @Size(max = 500) List<@NotNull @Pattern(regexp = PostalCodes.PATTERN,
				message = PostalCodes.MESSAGE) String> postalCodes,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal deliveryFee,
		@Nullable @Min(1) @Max(ZoneDetails.MAX_ESTIMATED_MINUTES) Integer estimatedMinutes, @Nullable Boolean active) {

	static final int DEFAULT_ESTIMATED_MINUTES = 30;

	ZoneDetails toDetails() {
		return ZoneDetails.of(this.name, this.postalCodes, Money.ofNullable(this.deliveryFee),
				(this.estimatedMinutes != null) ? this.estimatedMinutes : DEFAULT_ESTIMATED_MINUTES,
				!Boolean.FALSE.equals(this.active));
	}

}
