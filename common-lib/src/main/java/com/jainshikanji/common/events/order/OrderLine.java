package com.jainshikanji.common.events.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One line of an order as the order service priced it: what loyalty, notification,
 * analytics and review need without calling anyone back.
 *
 * @param productId the product
 * @param productName its name when ordered
 * @param quantity units
 * @param unitPrice price of one unit with its options, in rupees (two decimals)
 * @param lineTotal {@code unitPrice × quantity}, in rupees
 * @param categoryId the product's category when ordered, or {@code null}
 * @param options the chosen options' names, e.g. "Less sugar"
 */
public record OrderLine(UUID productId, String productName, int quantity, BigDecimal unitPrice, BigDecimal lineTotal,
		UUID categoryId, List<String> options) {
}
