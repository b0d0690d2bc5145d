package com.jainshikanji.notification.channel;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * Push notifications.
 *
 * @param provider {@code log} (default: nothing leaves the machine) or {@code fcm}
 * @param fcm Firebase Cloud Messaging, when it is the provider
 */
@Validated
@ConfigurationProperties("notifications.push")
public record PushProperties(@NotNull @DefaultValue("log") Provider provider, @Valid @DefaultValue Fcm fcm) {

	public enum Provider {

		LOG, FCM

	}

	/**
	 * Firebase Cloud Messaging's HTTP v1 API, authorised by OAuth2 access tokens that a
	 * service account's key obtains.
	 *
	 * @param baseUrl https://fcm.googleapis.com
	 * @param credentials the service account's JSON key file (project_id, client_email,
	 * private_key, token_uri), e.g. file:/run/secrets/fcm-service-account.json; never
	 * committed
	 * @param projectId the Firebase project; the key file's project_id when not set
	 * @param tokenUri where access tokens come from; the key file's token_uri when not
	 * set (Google's https://oauth2.googleapis.com/token)
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 */
	public record Fcm(@DefaultValue("https://fcm.googleapis.com") URI baseUrl, @Nullable Resource credentials,
			@Nullable String projectId, @Nullable URI tokenUri, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("5s") Duration readTimeout) {
	}

}
