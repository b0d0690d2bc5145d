package com.jainshikanji.customer.identity;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account emails: email verification and password reset.
 *
 * @param sealKey the AES-256 key (32 bytes, base64) that seals tokens in events for the
 * notification service, which holds the same key; never committed
 * @param verificationTtl how long a verification link works
 * @param resetTtl how long a password reset link works
 * @param maxPerHour links of one purpose sent to one account within an hour at most, so
 * nobody can flood a mailbox through the open reset endpoint
 */
@Validated
@ConfigurationProperties("identity.account-emails")
record AccountEmailProperties(@NotBlank String sealKey, @NotNull @DefaultValue("48h") Duration verificationTtl,
		@NotNull @DefaultValue("30m") Duration resetTtl, @Min(1) @Max(100) @DefaultValue("3") int maxPerHour) {
}
