package com.jainshikanji.store.delivery;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.money.Money;
import com.jainshikanji.store.outlet.DeliveryTerms;

/**
 * What it takes for a store to deliver to a postal code right now, as order placement
 * asks before accepting an order. Amounts are rupees with two decimals.
 *
 * @param postalCode the postal code as compared (upper case, no spaces or hyphens)
 * @param deliverable an active zone of an active store covers the postal code
 * @param zoneId the covering zone (if several, the one the customer pays least for, then
 * the fastest: with free delivery, the fastest); {@code null} when not deliverable
 * @param deliveryFee the zone's fee (or the store's when the zone has none), 0 when the
 * subtotal reaches the store's free-delivery threshold; {@code null} when not deliverable
 * @param freeDelivery the subtotal reached the free-delivery threshold
 * @param estimatedMinutes preparation plus delivery time; {@code null} when not
 * deliverable
 * @param openNow the store's operating hours cover this moment, in its time zone
 * @param minimumOrderValue the store's minimum subtotal
 * @param subtotal the subtotal asked about, or {@code null}
 * @param meetsMinimumOrder whether the subtotal reaches the minimum; {@code null} without
 * a subtotal
 * @param orderable none of the {@code blockers} applies
 * @param blockers why an order cannot be placed now, if it cannot
 */
record DeliveryQuote(UUID storeId, String postalCode, boolean deliverable, @Nullable UUID zoneId,
		@Nullable String zoneName, @Nullable BigDecimal deliveryFee, boolean freeDelivery,
		@Nullable Integer estimatedMinutes, boolean storeActive, boolean openNow, boolean acceptingOrders,
		BigDecimal minimumOrderValue, @Nullable BigDecimal subtotal, @Nullable Boolean meetsMinimumOrder,
		boolean orderable, List<Blocker> blockers) {

	/** A reason an order cannot be placed now. */
	enum Blocker {

		STORE_INACTIVE, NOT_DELIVERABLE, CLOSED, NOT_ACCEPTING_ORDERS, BELOW_MINIMUM_ORDER

	}

	/**
	 * The quote for a store's terms, the zones covering the postal code (none, one or
	 * several) and the subtotal ({@code null} if not given).
	 */
	static DeliveryQuote of(DeliveryTerms terms, List<DeliveryZone> covering, String postalCode,
			@Nullable Money subtotal) {
		Money threshold = terms.freeDeliveryThreshold();
		boolean deliverable = terms.active() && !covering.isEmpty();
		boolean freeDelivery = deliverable && threshold != null && subtotal != null && subtotal.isAtLeast(threshold);
		// The zone is chosen by what the customer pays: once the fee is waived, a zone's
		// listed fee no longer matters, only how fast it delivers.
		Function<DeliveryZone, Money> charge = (candidate) -> freeDelivery ? Money.ZERO
				: candidate.feeOr(terms.deliveryFee());
		DeliveryZone zone = deliverable ? covering.stream().min(DeliveryZone.preferred(charge)).orElse(null) : null;
		Money fee = null;
		Integer minutes = null;
		if (zone != null) {
			fee = charge.apply(zone);
			minutes = zone.estimatedMinutes() + terms.preparationMinutes();
		}
		Boolean meetsMinimum = (subtotal != null) ? subtotal.isAtLeast(terms.minimumOrderValue()) : null;

		List<Blocker> blockers = new ArrayList<>();
		if (!terms.active()) {
			blockers.add(Blocker.STORE_INACTIVE);
		}
		if (covering.isEmpty()) {
			blockers.add(Blocker.NOT_DELIVERABLE);
		}
		if (!terms.openNow()) {
			blockers.add(Blocker.CLOSED);
		}
		if (!terms.acceptingOrders()) {
			blockers.add(Blocker.NOT_ACCEPTING_ORDERS);
		}
		if (Boolean.FALSE.equals(meetsMinimum)) {
			blockers.add(Blocker.BELOW_MINIMUM_ORDER);
		}
		return new DeliveryQuote(terms.storeId(), postalCode, deliverable, (zone != null) ? zone.id() : null,
				(zone != null) ? zone.name() : null, (fee != null) ? fee.amount() : null, freeDelivery, minutes,
				terms.active(), terms.openNow(), terms.acceptingOrders(), terms.minimumOrderValue().amount(),
				(subtotal != null) ? subtotal.amount() : null, meetsMinimum, blockers.isEmpty(), List.copyOf(blockers));
	}

}
