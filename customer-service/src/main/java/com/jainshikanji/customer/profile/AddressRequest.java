package com.jainshikanji.customer.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An address to add, or the full new content of one.
 *
 * @param latitude rounded to 8 decimals; more than 20 are refused (a number such as
 * {@code 1e-20000} would be refused by PostgreSQL, or cost a lot to send it)
 * @param isDefault {@code null} when left out, which on a replacement keeps the address's
 * flag (the API description below says the rest)
 */
record AddressRequest(@Nullable AddressType type, @Nullable @PlainText(max = 100) String label,
		@NotBlank @PlainText(max = 255) String line1, @Nullable @PlainText(max = 255) String line2,
		@Nullable @PlainText(max = 255) String landmark, @NotBlank @PlainText(max = 100) String city,
		@NotBlank @PlainText(max = 100) String state,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{2,9}",
				message = "must be 3 to 10 letters, digits, spaces or hyphens") String postalCode,
		@Nullable @PlainText(max = 100) String country,
		@Nullable @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 20) BigDecimal latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 20) BigDecimal longitude,
		@Schema(description = "Whether this is the default address. On a new address, true makes it the default "
				+ "(the first address is the default whatever is sent). On a replacement, true makes it the default; "
				+ "false is refused on the current default (409 default-address-required: make another address the "
				+ "default instead); left out or null keeps the address's current flag.") @Nullable Boolean isDefault) {

	/** The decimals an address keeps of a coordinate (about a millimetre). */
	private static final int COORDINATE_SCALE = 8;

	AddressDetails toDetails() {
		return new AddressDetails((this.type != null) ? this.type : AddressType.HOME,
				UpdateProfileRequest.blankToNull(this.label), this.line1.strip(),
				UpdateProfileRequest.blankToNull(this.line2), UpdateProfileRequest.blankToNull(this.landmark),
				this.city.strip(), this.state.strip(), this.postalCode.strip(),
				(this.country == null || this.country.isBlank()) ? "India" : this.country.strip(), kept(this.latitude),
				kept(this.longitude));
	}

	/**
	 * A coordinate as the address keeps it: a phone's position comes with more decimals
	 * than that, so they are rounded, not refused (and the answer shows what was kept).
	 */
	private static @Nullable BigDecimal kept(@Nullable BigDecimal coordinate) {
		return (coordinate != null) ? coordinate.setScale(COORDINATE_SCALE, RoundingMode.HALF_UP) : null;
	}

	/** Whether a new address is to be the default. */
	boolean makeDefault() {
		return Boolean.TRUE.equals(this.isDefault);
	}

	/** What a replacement asks of the address's default flag. */
	DefaultChoice defaultChoice() {
		return DefaultChoice.of(this.isDefault);
	}

}
