package com.jainshikanji.notification.delivery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account emails' links.
 *
 * @param sealKey the AES-256 key (32 bytes, base64) the customer service seals the tokens
 * with (the same value as its {@code identity.account-emails.seal-key}); never committed
 * @param verifyEmailUrl the app page that verifies an email address, with {@code {token}}
 * where the token goes
 * @param resetPasswordUrl the app page that sets a new password, with {@code {token}}
 */
@Validated
@ConfigurationProperties("notifications.account-emails")
record AccountEmailProperties(@NotBlank String sealKey, @NotBlank @Pattern(
		regexp = ".*\\{token}.*") @DefaultValue("https://app.jainshikanji.in/verify-email?token={token}") String verifyEmailUrl,
		@NotBlank @Pattern(
				regexp = ".*\\{token}.*") @DefaultValue("https://app.jainshikanji.in/reset-password?token={token}") String resetPasswordUrl) {
}
