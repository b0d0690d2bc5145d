package com.jainshikanji.order.placement;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Idempotency keys of order placement.
 *
 * @param retention how long a key is remembered
 * @param inProgressTimeout after how long an attempt that never finished (its instance
 * died) no longer holds its key; longer than any placement takes (a few seconds at most,
 * with every downstream timeout)
 * @param cleanupInterval how often keys past their retention are deleted
 */
@Validated
@ConfigurationProperties("orders.idempotency")
record IdempotencyProperties(@NotNull @DefaultValue("24h") Duration retention,
		@NotNull @DefaultValue("30s") Duration inProgressTimeout,
		@NotNull @DefaultValue("1h") Duration cleanupInterval) {
}
