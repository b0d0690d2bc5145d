package com.jainshikanji.analytics.funnel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on what the apps may send.
 *
 * @param maxBody the largest event accepted (413 beyond); an event is a few hundred bytes
 * @param perMinute events accepted per minute from one sender (a signed-in user, or an
 * address for anonymous visits), with bursts up to that many; 429 beyond
 * @param maxSenders senders remembered at once; the least recently seen are forgotten
 * beyond
 */
@Validated
@ConfigurationProperties("analytics.events")
public record FunnelProperties(@NotNull @DefaultValue("2KB") DataSize maxBody,
		@Min(1) @Max(100_000) @DefaultValue("120") int perMinute, @Min(100) @DefaultValue("100000") int maxSenders) {
}
