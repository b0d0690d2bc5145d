package com.jainshikanji.inventory.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.inventory.catalog.Customization.CustomizationDetails;
import com.jainshikanji.inventory.catalog.Customization.OptionDetails;

/**
 * A customization to add to a product, or the full new content of one.
 *
 * @param required whether every order of the product must choose an option
 * @param displayOrder position among the product's customizations; a new one goes last
 * when omitted
 * @param options the options; on a change, options carrying an {@code id} keep it
 */
record CustomizationRequest(@NotBlank @Size(max = 100) String name, @NotNull CustomizationType type,
		@Nullable Boolean required, @Nullable @Min(0) @Max(1000) Integer displayOrder,
		@NotEmpty @Size(max = 30) List<@Valid @NotNull OptionRequest> options) {

	CustomizationDetails toDetails() {
		return new CustomizationDetails(this.name.strip(), this.type, Boolean.TRUE.equals(this.required),
				this.displayOrder, this.options.stream().map(OptionRequest::toDetails).toList());
	}

	/**
	 * @param priceModifier added to the unit price when chosen; zero when omitted
	 */
	record OptionRequest(@Nullable UUID id, @NotBlank @Size(max = 100) String name,
			@Nullable @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal priceModifier,
			@Nullable Boolean isDefault, @Nullable @Min(0) @Max(1000) Integer displayOrder) {

		OptionDetails toDetails() {
			return new OptionDetails(this.id, this.name.strip(),
					(this.priceModifier != null) ? Money.of(this.priceModifier) : Money.ZERO,
					Boolean.TRUE.equals(this.isDefault), (this.displayOrder != null) ? this.displayOrder : 0);
		}

	}

}
