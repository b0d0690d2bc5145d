package com.jainshikanji.payment.refund;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Refund settings.
 *
 * @param submitInterval how often refunds not yet accepted by the provider are
 * (re)submitted
 * @param confirmAfter how long a refund the provider accepted may wait for its webhook
 * before it is looked up
 */
@Validated
@ConfigurationProperties("payment.refunds")
record RefundProperties(@NotNull @DefaultValue("2s") Duration submitInterval,
		@NotNull @DefaultValue("10m") Duration confirmAfter) {
}
