package com.jainshikanji.notification.delivery;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How deliveries are worked off.
 *
 * @param maxAttempts attempts per delivery, the first included, before it is failed
 * @param initialBackoff the wait after the first failed attempt
 * @param multiplier growth of the wait per failed attempt
 * @param maxBackoff the longest wait
 * @param pollInterval how often each channel's worker looks for due deliveries when it is
 * not woken by new ones
 * @param batchSize deliveries a worker takes at a time
 * @param lease how long a taken delivery is kept from other workers, renewed just before
 * it is sent; longer than the slowest single send (a push to each of a person's devices)
 */
@Validated
@ConfigurationProperties("notifications.delivery")
record DeliveryProperties(@Min(1) @Max(50) @DefaultValue("6") int maxAttempts,
		@NotNull @DefaultValue("30s") Duration initialBackoff,
		@DecimalMin("1.0") @DefaultValue("2.0") double multiplier, @NotNull @DefaultValue("30m") Duration maxBackoff,
		@NotNull @DefaultValue("1s") Duration pollInterval, @Min(1) @Max(500) @DefaultValue("20") int batchSize,
		@NotNull @DefaultValue("2m") Duration lease) {

	RetryPolicy retryPolicy() {
		return new RetryPolicy(this.maxAttempts, this.initialBackoff, this.multiplier, this.maxBackoff);
	}

}
