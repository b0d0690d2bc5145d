package com.jainshikanji.notification.channel;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Text messages.
 *
 * @param provider {@code log} (default: nothing leaves the machine) or {@code twilio}
 * @param twilio the Twilio-style HTTP API, when it is the provider
 */
@Validated
@ConfigurationProperties("notifications.sms")
public record SmsProperties(@NotNull @DefaultValue("log") Provider provider, @Valid @DefaultValue Twilio twilio) {

	public enum Provider {

		LOG, TWILIO

	}

	/**
	 * A Twilio-style Programmable Messaging API: {@code POST
	 * /2010-04-01/Accounts/{accountSid}/Messages.json} with basic auth.
	 *
	 * @param baseUrl https://api.twilio.com, or any API of the same shape
	 * @param accountSid the account (also the basic auth user)
	 * @param authToken the secret (the basic auth password); never committed
	 * @param from the sender number or id
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 */
	public record Twilio(@DefaultValue("https://api.twilio.com") URI baseUrl, @Nullable String accountSid,
			@Nullable String authToken, @Nullable String from, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("5s") Duration readTimeout) {
	}

}
