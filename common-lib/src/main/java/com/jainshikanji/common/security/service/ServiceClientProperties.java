package com.jainshikanji.common.security.service;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this service proves its own identity to others (client credentials): it trades its
 * client id and secret for a short-lived access token with the SERVICE role at the
 * identity service, and sends that token on calls only a service may make (reserving
 * stock, say).
 *
 * @param clientId this service's client id, e.g. {@code order-service}; service tokens
 * are off when unset
 * @param clientSecret its secret, from the environment, never from the repository
 * @param tokenUri the identity service's token endpoint
 * @param timeout connect and read timeout of the token request
 * @param refreshBefore how long before it expires a cached token is replaced
 */
@ConfigurationProperties("jainshikanji.security.service-client")
public record ServiceClientProperties(@Nullable String clientId, @Nullable String clientSecret,
		@DefaultValue("http://localhost:8081/api/v1/auth/service-token") URI tokenUri,
		@DefaultValue("2s") Duration timeout, @DefaultValue("60s") Duration refreshBefore) {
}
