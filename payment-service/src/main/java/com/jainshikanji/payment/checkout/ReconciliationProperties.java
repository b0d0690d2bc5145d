package com.jainshikanji.payment.checkout;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Reconciliation settings.
 *
 * @param after how long an online payment may stay open before it is looked up with the
 * provider (and again, at most this often)
 * @param interval how often open payments are looked for
 */
@Validated
@ConfigurationProperties("payment.reconciliation")
record ReconciliationProperties(@NotNull @DefaultValue("3m") Duration after,
		@NotNull @DefaultValue("60s") Duration interval) {
}
