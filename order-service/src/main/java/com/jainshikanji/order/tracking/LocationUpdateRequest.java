package com.jainshikanji.order.tracking;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Where the delivery person is.
 *
 * @param latitude degrees, up to 8 decimals
 * @param longitude degrees, up to 8 decimals
 * @param message for the customer, e.g. "At the gate"
 */
record LocationUpdateRequest(
		@NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 8) BigDecimal latitude,
		@NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 8) BigDecimal longitude,
		@Nullable @Size(max = 500) String message) {

	Location toLocation() {
		return new Location(this.latitude, this.longitude, this.message);
	}

}
