package com.jainshikanji.store.outlet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;

/**
 * What a store asks of an order: the smallest subtotal it delivers, its delivery fee
 * (zones may charge their own), the subtotal from which delivery is free, and how long an
 * order takes to prepare.
 *
 * @param freeDeliveryThreshold {@code null} when delivery is never free
 * @param preparationMinutes 0 to 600
 */
@Embeddable
record OrderSettings(@Column(name = "min_order_value") Money minimumOrderValue, Money deliveryFee,
		@Column(name = "free_delivery_above") @Nullable Money freeDeliveryThreshold,
		@Column(name = "estimated_prep_time_minutes") int preparationMinutes) {

	static final int MAX_PREPARATION_MINUTES = 600;

	/** No minimum, no fee, never free, half an hour to prepare. */
	static final OrderSettings DEFAULTS = new OrderSettings(Money.ZERO, Money.ZERO, null, 30);

	OrderSettings {
		if (preparationMinutes < 0 || preparationMinutes > MAX_PREPARATION_MINUTES) {
			throw new IllegalArgumentException(
					"Preparation takes 0 to " + MAX_PREPARATION_MINUTES + " minutes, not " + preparationMinutes);
		}
	}

}
