package com.jainshikanji.inventory.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.validation.FourDigitYear;

/**
 * A purchase order to place with a supplier for a store.
 *
 * @param expectedDeliveryDate when the supplier should deliver, if agreed
 * @param tax tax on the order; zero when omitted
 * @param shipping shipping charged; zero when omitted
 */
record PurchaseOrderRequest(@NotNull UUID supplierId, @Nullable @FourDigitYear LocalDate expectedDeliveryDate,
		@Nullable @Size(max = 2000) String notes,
		@Nullable @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal tax,
		@Nullable @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal shipping,
		@NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {

	PurchaseOrder.Terms toTerms() {
		return new PurchaseOrder.Terms(
				this.items.stream()
					.map((item) -> new PurchaseOrder.Line(item.productId(), item.quantity(),
							Money.of(item.unitPrice())))
					.toList(),
				(this.tax != null) ? Money.of(this.tax) : Money.ZERO,
				(this.shipping != null) ? Money.of(this.shipping) : Money.ZERO, this.expectedDeliveryDate,
				(this.notes != null && !this.notes.isBlank()) ? this.notes.strip() : null);
	}

	record Item(@NotNull UUID productId, @NotNull @Min(1) @Max(100000) Integer quantity,
			@NotNull @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal unitPrice) {
	}

}
