package com.jainshikanji.inventory.purchasing;

import org.jspecify.annotations.Nullable;

/**
 * Everything an admin sets on a supplier, as checked at the edge: trimmed, blanks as
 * nothing.
 *
 * @param active whether purchase orders may be placed with it; unchanged when
 * {@code null}
 */
record SupplierDetails(String name, @Nullable String email, @Nullable String phone, @Nullable String address,
		@Nullable String contactPerson, @Nullable String paymentTerms, @Nullable String taxId,
		@Nullable Boolean active) {

}
