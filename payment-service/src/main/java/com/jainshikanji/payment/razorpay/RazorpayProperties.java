package com.jainshikanji.payment.razorpay;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this service reaches Razorpay. The service refuses to start without the key and
 * both secrets: a blank webhook secret would let anyone sign a webhook.
 *
 * @param baseUrl Razorpay's API ({@code https://api.razorpay.com}), or a sandbox
 * @param keyId the API key id (basic auth user; also what the app's Checkout opens with)
 * @param keySecret the API key secret (basic auth password; signs Checkout's answer)
 * @param webhookSecret the secret the dashboard's webhook signs its bodies with
 * @param connectTimeout connect timeout of each call
 * @param readTimeout read timeout of each call
 * @param breakerFailureRate the share of failed calls (percent) that opens the circuit
 * breaker
 * @param breakerMinimumCalls calls in the breaker's window before it judges
 * @param breakerWait how long the breaker stays open before it tries again
 * @param refundAttempts attempts of one refund call (refunds carry an idempotency key, so
 * retrying them is safe; nothing else is retried)
 */
@Validated
@ConfigurationProperties("payment.razorpay")
public record RazorpayProperties(@NotNull URI baseUrl, @NotBlank String keyId, @NotBlank String keySecret,
		@NotBlank String webhookSecret, @NotNull @DefaultValue("2s") Duration connectTimeout,
		@NotNull @DefaultValue("5s") Duration readTimeout, @Min(1) @Max(100) @DefaultValue("50") int breakerFailureRate,
		@Min(1) @DefaultValue("10") int breakerMinimumCalls, @NotNull @DefaultValue("10s") Duration breakerWait,
		@Min(1) @Max(5) @DefaultValue("3") int refundAttempts) {
}
