package com.jainshikanji.analytics.rebuild;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a rebuild reads the topics.
 *
 * @param batchSize records applied per transaction
 * @param pollTimeout how long one read waits for records
 * @param abandonedAfter a running rebuild without progress for this long is taken for
 * dead (its instance stopped) and no longer blocks the next
 */
@Validated
@ConfigurationProperties("analytics.rebuild")
record RebuildProperties(@Min(1) @Max(10_000) @DefaultValue("500") int batchSize,
		@NotNull @DefaultValue("1s") Duration pollTimeout, @NotNull @DefaultValue("10m") Duration abandonedAfter) {
}
