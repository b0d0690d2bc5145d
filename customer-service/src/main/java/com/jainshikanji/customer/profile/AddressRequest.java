package com.jainshikanji.customer.profile;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An address to add, or the full new content of one.
 *
 * @param isDefault make this the default address; on the first address it is the default
 * regardless
 */
record AddressRequest(@Nullable AddressType type, @Nullable @Size(max = 100) String label,
		@NotBlank @Size(max = 255) String line1, @Nullable @Size(max = 255) String line2,
		@Nullable @Size(max = 255) String landmark, @NotBlank @Size(max = 100) String city,
		@NotBlank @Size(max = 100) String state,
		@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]{2,9}",
				message = "must be 3 to 10 letters, digits, spaces or hyphens") String postalCode,
		@Nullable @Size(max = 100) String country, @Nullable @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
		@Nullable @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude, @Nullable Boolean isDefault) {

	AddressDetails toDetails() {
		return new AddressDetails((this.type != null) ? this.type : AddressType.HOME,
				UpdateProfileRequest.blankToNull(this.label), this.line1.strip(),
				UpdateProfileRequest.blankToNull(this.line2), UpdateProfileRequest.blankToNull(this.landmark),
				this.city.strip(), this.state.strip(), this.postalCode.strip(),
				(this.country == null || this.country.isBlank()) ? "India" : this.country.strip(), this.latitude,
				this.longitude);
	}

	boolean makeDefault() {
		return Boolean.TRUE.equals(this.isDefault);
	}

}
