package com.jainshikanji.inventory.purchasing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A supplier to create, or the full new content of one.
 *
 * @param phone digits, spaces and hyphens, with an optional leading +; at most 20
 * characters in all
 * @param active whether purchase orders may be placed with it; unchanged when omitted
 */
record SupplierRequest(@NotBlank @Size(max = 255) String name, @Nullable @Email @Size(max = 255) String email,
		@Nullable @Size(max = 20) @Pattern(regexp = "\\+?[0-9 -]{6,20}",
				message = "must be 6 to 20 digits, spaces or hyphens") String phone,
		@Nullable @Size(max = 1000) String address, @Nullable @Size(max = 255) String contactPerson,
		@Nullable @Size(max = 100) String paymentTerms, @Nullable @Size(max = 50) String taxId,
		@Nullable Boolean active) {

	SupplierDetails toDetails() {
		return new SupplierDetails(this.name.strip(), blankToNull(this.email), blankToNull(this.phone),
				blankToNull(this.address), blankToNull(this.contactPerson), blankToNull(this.paymentTerms),
				blankToNull(this.taxId), this.active);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
