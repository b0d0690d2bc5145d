package com.jainshikanji.store.outlet;

import java.math.BigDecimal;
import java.time.ZoneId;

import jakarta.validation.Valid;
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

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.validation.EmailAddress;
import com.jainshikanji.store.validation.PlainText;

/**
 * A new store, or the full new content of one. Optional settings take their defaults when
 * left out: time zone Asia/Kolkata, active and accepting orders, no minimum order, no
 * delivery fee, no free delivery, 30 minutes of preparation. Amounts are rupees with at
 * most two decimals, below 100,000,000.
 *
 * @param slug the store's unique name in URLs, e.g. {@code manek-chowk}
 * @param freeDeliveryThreshold orders of at least this subtotal are delivered free; none
 * when absent
 * @param estimatedPreparationMinutes how long an order takes to prepare, before delivery
 */
record StoreRequest(
		@NotBlank @Size(min = 3, max = 100) @Pattern(regexp = SLUG,
				message = "must be lower-case letters and digits, in words joined by single hyphens") String slug,
		@NotBlank @PlainText(max = 255) String name, @Nullable @PlainText(max = 2000) String description,
		@NotNull @Valid ContactRequest contact, @NotNull @Valid AddressRequest address,
		@Nullable @Valid CoordinatesRequest coordinates, @Nullable @IanaTimeZone String timeZone,
		@Nullable Boolean active, @Nullable Boolean acceptingOrders,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minimumOrderValue,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal deliveryFee,
		@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal freeDeliveryThreshold,
		@Nullable @Min(0) @Max(OrderSettings.MAX_PREPARATION_MINUTES) Integer estimatedPreparationMinutes) {

	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	static final String DEFAULT_TIME_ZONE = "Asia/Kolkata";

	StoreDetails toDetails() {
		OrderSettings defaults = OrderSettings.DEFAULTS;
		OrderSettings settings = new OrderSettings(Money.orElse(this.minimumOrderValue, defaults.minimumOrderValue()),
				Money.orElse(this.deliveryFee, defaults.deliveryFee()), Money.ofNullable(this.freeDeliveryThreshold),
				(this.estimatedPreparationMinutes != null) ? this.estimatedPreparationMinutes
						: defaults.preparationMinutes());
		return new StoreDetails(this.slug, this.name.strip(), OptionalText.of(this.description),
				this.contact.toContact(), this.address.toAddress(),
				(this.coordinates != null) ? this.coordinates.toCoordinates() : null,
				ZoneId.of((this.timeZone != null) ? this.timeZone : DEFAULT_TIME_ZONE),
				!Boolean.FALSE.equals(this.active), !Boolean.FALSE.equals(this.acceptingOrders), settings);
	}

	/** How customers reach the store. */
	record ContactRequest(@NotBlank @EmailAddress(max = 255) String email,
			@NotBlank @Pattern(regexp = "\\+?[0-9][0-9 -]{6,18}",
					message = "must be 7 to 20 digits, spaces or hyphens, optionally after a +") String phone) {

		Contact toContact() {
			return Contact.of(this.email, this.phone);
		}

	}

	/**
	 * Where the store is.
	 *
	 * @param country defaults to India when not given
	 */
	record AddressRequest(@NotBlank @PlainText(max = 255) String line1, @Nullable @PlainText(max = 255) String line2,
			@NotBlank @PlainText(max = 100) String city, @NotBlank @PlainText(max = 100) String state,
			@NotBlank @Pattern(regexp = PostalCodes.PATTERN, message = PostalCodes.MESSAGE) String postalCode,
			@Nullable @PlainText(max = 100) String country) {

		PostalAddress toAddress() {
			return PostalAddress.of(this.line1, this.line2, this.city, this.state, this.postalCode, this.country);
		}

	}

	/**
	 * The store's position in WGS 84 degrees; kept to eight decimals.
	 */
	record CoordinatesRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {

		Coordinates toCoordinates() {
			return new Coordinates(this.latitude, this.longitude);
		}

	}

}
