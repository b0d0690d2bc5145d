package com.jainshikanji.customer.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The other services of the platform, authenticated by client id and secret (OAuth 2's
 * client credentials, in its simplest form): each gets short-lived access tokens with the
 * SERVICE role for the calls only a service may make, such as reserving stock. Secrets
 * come from configuration (the environment), never from the repository.
 */
@Service
class ServiceClients {

	private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);

	private final Map<String, String> secrets;

	private final AccessTokenIssuer tokens;

	ServiceClients(IdentityProperties properties, AccessTokenIssuer tokens) {
		this.secrets = Map.copyOf(properties.serviceClients());
		this.tokens = tokens;
	}

	/**
	 * A service token for the client.
	 * @throws InvalidClientCredentials for an unknown client, a client without a secret,
	 * or a wrong secret, all alike
	 */
	AccessTokenIssuer.IssuedAccessToken tokenFor(String clientId, String clientSecret) {
		String expected = this.secrets.get(clientId);
		// Compared in constant time, and compared even for unknown clients, so timing
		// tells nothing about which client ids exist.
		boolean matches = equalInConstantTime((expected != null) ? expected : "", clientSecret);
		if (expected == null || expected.isBlank() || !matches) {
			log.warn("Service token refused for client '{}'", abbreviate(clientId));
			throw new InvalidClientCredentials();
		}
		return this.tokens.issueForService(clientId);
	}

	private static boolean equalInConstantTime(String expected, String presented) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				presented.getBytes(StandardCharsets.UTF_8));
	}

	private static String abbreviate(String text) {
		return (text.length() <= 64) ? text : text.substring(0, 64) + "...";
	}

}
