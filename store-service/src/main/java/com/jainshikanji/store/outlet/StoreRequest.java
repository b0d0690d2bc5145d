package com.jainshikanji.store.store;

import java.math.BigDecimal;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.jainshikanji.common.money.Money;

/**
 * A new store, or the full new content of one. Optional settings take their defaults when
 * left out: time zone Asia/Kolkata, active and accepting orders, no minimum order, no
 * delivery fee, no free delivery, 30 minutes of preparation.
 *
 * @param slug the store's unique name in URLs, e.g. {@code manek-chowk}
 * @param freeDeliveryThreshold orders of at least this subtotal are delivered free; none
 * when absent
 * @param estimatedPreparationMinutes how long an order takes to prepare, before delivery
 */
record StoreRequest(
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = SLUG,
				message = "must be lower-case letters and digits, in words joined by single hyphens") String slug,
		@NotBlank @Size(max = 255) String name, @Size(max = 2000) String description, @NotNull @Valid Contact contact,
		@NotNull @Valid PostalAddress address, @Valid Coordinates coordinates, @IanaTimeZone String timeZone,
		Boolean active, Boolean acceptingOrders,
		@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minimumOrderValue,
		@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal deliveryFee,
		@DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal freeDeliveryThreshold,
		@Min(0) @Max(600) Integer estimatedPreparationMinutes) {

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String DEFAULT_TIME_ZONE = "Asia/Kolkata";

	static final int DEFAULT_PREPARATION_MINUTES = 30;

	StoreDetails toDetails() {
		return new StoreDetails(this.slug, this.name.strip(), PostalAddress.blankToNull(this.description),
				this.contact.normalized(), this.address.normalized(), this.coordinates,
				ZoneId.of((this.timeZone != null) ? this.timeZone : DEFAULT_TIME_ZONE),
				!Boolean.FALSE.equals(this.active), !Boolean.FALSE.equals(this.acceptingOrders),
				Money.orElse(this.minimumOrderValue, Money.ZERO), Money.orElse(this.deliveryFee, Money.ZERO),
				Money.ofNullable(this.freeDeliveryThreshold), (this.estimatedPreparationMinutes != null)
						? this.estimatedPreparationMinutes : DEFAULT_PREPARATION_MINUTES);
	}

}
