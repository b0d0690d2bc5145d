package com.jainshikanji.analytics.funnel;

/**
 * Visits that reached each step the apps report, in a period.
 *
 * @param viewedProduct visits that viewed a product
 * @param addedToCart visits that added something to the cart
 * @param startedCheckout visits that started a checkout
 */
public record FunnelCounts(long viewedProduct, long addedToCart, long startedCheckout) {
}
