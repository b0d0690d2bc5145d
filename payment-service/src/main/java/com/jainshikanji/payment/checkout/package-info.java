/**
 * Paying for an order: online through the provider's checkout, or cash on delivery; the
 * {@code Payment} aggregate and the settlement of what the provider reports, each effect
 * exactly once.
 */
@NullMarked
package com.jainshikanji.payment.checkout;

import org.jspecify.annotations.NullMarked;
