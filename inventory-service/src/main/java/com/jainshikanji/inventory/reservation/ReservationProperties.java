package com.jainshikanji.inventory.reservation;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reservation settings.
 *
 * @param ttl how long stock stays held for an order that neither commits nor releases it;
 * longer than the order service's payment window (15 minutes), which confirms (commits)
 * an order when it is paid
 * @param expiryInterval how often expired reservations are looked for
 */
@Validated
@ConfigurationProperties("inventory.reservations")
public record ReservationProperties(@NotNull @DefaultValue("30m") Duration ttl,
		@NotNull @DefaultValue("30s") Duration expiryInterval) {
}
