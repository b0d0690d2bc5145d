package com.jainshikanji.inventory.purchasing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A supplier to create, or the full new content of one.
 *
 * @param active whether purchase orders may be placed with it; unchanged when omitted
 */
record SupplierRequest(@NotBlank @Size(max = 255) String name, @Email @Size(max = 255) String email,
		@Pattern(regexp = "\\+?[0-9 -]{6,20}", message = "must be 6 to 20 digits, spaces or hyphens") String phone,
		@Size(max = 1000) String address, @Size(max = 255) String contactPerson, @Size(max = 100) String paymentTerms,
		@Size(max = 50) String taxId, Boolean active) {
}
