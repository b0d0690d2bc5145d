package com.jainshikanji.store.delivery;

import java.util.List;

import com.jainshikanji.common.money.Money;

/**
 * A delivery zone's content, validated and normalized.
 *
 * @param postalCodes normalized, without duplicates
 * @param deliveryFee {@code null} to charge the store's delivery fee
 */
record ZoneDetails(String name, List<String> postalCodes, Money deliveryFee, int estimatedMinutes, boolean active) {
}
