package com.jainshikanji.order.order;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * An option chosen for an order item, as the catalog priced it when ordering.
 *
 * @param customization the customization it belongs to, e.g. "Size"
 * @param name the option, e.g. "Large (500 ml)"
 * @param priceModifier what it adds to the unit price, in rupees
 */
public record ChosenOption(UUID optionId, String customization, String name, BigDecimal priceModifier) {
}
