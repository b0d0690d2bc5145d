package com.jainshikanji.notification.channel;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;

/**
 * A Google service account's JSON key, as Firebase's console downloads it: who signs
 * (client_email), with which key, for which project, and where to trade the signature for
 * an access token.
 *
 * @param projectId the Firebase project
 * @param clientEmail the service account
 * @param privateKey its RSA key
 * @param tokenUri its OAuth2 token endpoint
 */
public record ServiceAccount(String projectId, String clientEmail, PrivateKey privateKey, URI tokenUri) {

	/** Google's token endpoint, for key files without one. */
	static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

	/**
	 * Reads a key file; the project and token endpoint given override the file's.
	 * @throws IllegalStateException if it cannot be read or lacks what is needed
	 */
	public static ServiceAccount read(Resource keyFile, @Nullable String projectId, @Nullable URI tokenUri) {
		JsonNode json;
		try (InputStream in = keyFile.getInputStream()) {
			json = JsonMapper.builder().build().readTree(in);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read the FCM service account key " + keyFile + ": " + ex, ex);
		}
		String project = (projectId != null && !projectId.isBlank()) ? projectId : text(json, "project_id");
		String clientEmail = text(json, "client_email");
		String key = text(json, "private_key");
		if (project == null || clientEmail == null || key == null) {
			throw new IllegalStateException(
					"The FCM service account key " + keyFile + " lacks project_id, client_email or private_key");
		}
		URI endpoint = (tokenUri != null && !tokenUri.toString().isBlank()) ? tokenUri
				: (text(json, "token_uri") != null) ? URI.create(text(json, "token_uri")) : GOOGLE_TOKEN_URI;
		return new ServiceAccount(project, clientEmail, privateKey(key), endpoint);
	}

	static PrivateKey privateKey(String pem) {
		String base64 = pem.replace("-----BEGIN PRIVATE KEY-----", "")
			.replace("-----END PRIVATE KEY-----", "")
			.replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (Exception ex) {
			throw new IllegalStateException("The FCM service account's private_key is not a PKCS#8 RSA key", ex);
		}
	}

	private static @Nullable String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

	@Override
	public String toString() {
		return "ServiceAccount[projectId=" + this.projectId + ", clientEmail=" + this.clientEmail + ", tokenUri="
				+ this.tokenUri + "]";
	}

}
