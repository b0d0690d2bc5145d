package com.jainshikanji.loyalty.checkout;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a hold waits for its order.
 *
 * @param holdTtl a hold neither confirmed nor released this long after it was made
 * belongs to an order that was never placed (placement failed and could not say so): its
 * points and coupon use go back. Longer than the order service's payment window, after
 * which every placed order is confirmed or cancelled.
 * @param holdCheck how often such holds are looked for
 */
@Validated
@ConfigurationProperties("loyalty.checkout")
record CheckoutProperties(@NotNull @DefaultValue("2h") Duration holdTtl,
		@NotNull @DefaultValue("5m") Duration holdCheck) {
}
