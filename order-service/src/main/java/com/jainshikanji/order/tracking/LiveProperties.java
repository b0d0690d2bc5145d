package com.jainshikanji.order.tracking;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live order streams.
 *
 * @param heartbeat how often an idle stream gets a comment line, so proxies (the gateway
 * cuts a response silent for 10 s) and clients know it is alive
 * @param streamTimeout how long one stream stays open at most; clients reconnect
 * @param maxStreamsPerOrder how many streams of one order may be open on an instance; one
 * more ends the oldest
 */
@Validated
@ConfigurationProperties("orders.live")
record LiveProperties(@NotNull @DefaultValue("5s") Duration heartbeat,
		@NotNull @DefaultValue("1h") Duration streamTimeout, @Positive @DefaultValue("10") int maxStreamsPerOrder) {
}
