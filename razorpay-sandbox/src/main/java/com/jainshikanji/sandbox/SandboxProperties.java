package com.jainshikanji.sandbox;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sandbox's account: the API key clients authenticate with, the secret webhooks are
 * signed with, and where they go.
 *
 * @param keyId the API key id (basic auth user)
 * @param keySecret the API key secret (basic auth password; signs Checkout's answer)
 * @param webhookSecret signs webhook bodies
 * @param webhookUrl where webhooks are sent
 * @param webhookPause the pause between two webhooks of one checkout
 */
@Validated
@ConfigurationProperties("sandbox")
public record SandboxProperties(@NotBlank String keyId, @NotBlank String keySecret, @NotBlank String webhookSecret,
		@NotNull URI webhookUrl, @NotNull @DefaultValue("150ms") Duration webhookPause) {
}
