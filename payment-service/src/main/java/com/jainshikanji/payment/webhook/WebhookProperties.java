package com.jainshikanji.payment.webhook;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook settings.
 *
 * @param retryInterval how often webhooks that could not be processed yet are looked for
 * @param maxAttempts attempts before a webhook is parked for an operator (it is kept)
 */
@Validated
@ConfigurationProperties("payment.webhooks")
record WebhookProperties(@NotNull @DefaultValue("2s") Duration retryInterval,
		@Min(1) @DefaultValue("15") int maxAttempts) {
}
