package com.jainshikanji.order.placement;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many orders one instance places at once, and how long a placement may wait for its
 * turn (see {@link PlacementTurns}).
 *
 * @param concurrency placements under way at once; more would only make each of their
 * downstream calls slower, until they time out
 * @param maxWait how long a placement waits for a turn before it is refused with a 503;
 * together with a placement's own time it must stay well under the gateway's 10 s
 * response timeout
 */
@Validated
@ConfigurationProperties("orders.placement")
record PlacementProperties(@Min(1) @DefaultValue("8") int concurrency, @NotNull @DefaultValue("4s") Duration maxWait) {
}
