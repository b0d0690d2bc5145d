package com.jainshikanji.notification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * Everything outside the service, as WireMock stubs from the parties' documented shapes:
 * the store and inventory services' public reads, a Twilio-style SMS API (form posts with
 * basic auth, a message {@code sid} back), and Firebase Cloud Messaging HTTP v1 with
 * Google's OAuth2 token endpoint (a service account of our own, generated here, whose
 * public key tests verify the token request with). One server for the JVM; tests add
 * stubs for their own numbers and tokens.
 */
final class Stubs {

	static final String SMS_ACCOUNT = "ACtest0123456789";

	static final String SMS_TOKEN = "sms-auth-token-0123456789";

	static final String SMS_FROM = "+15005550006";

	static final String FCM_PROJECT = "jain-shikanji-test";

	static final String FCM_CLIENT_EMAIL = "notifications@jain-shikanji-test.iam.gserviceaccount.com";

	static final String SMS_PATH = "/2010-04-01/Accounts/" + SMS_ACCOUNT + "/Messages.json";

	static final String FCM_PATH = "/v1/projects/" + FCM_PROJECT + "/messages:send";

	static final String TOKEN_PATH = "/oauth2/token";

	/** The demo store 1, as the store service answers for it. */
	static final UUID MANEK_CHOWK = UUID.fromString("a1000000-0000-4000-8000-000000000001");

	private static final KeyPair serviceAccountKey = rsa();

	private static final Path serviceAccountFile = writeServiceAccount();

	private static final WireMockServer server = start();

	private Stubs() {
	}

	static WireMockServer server() {
		return server;
	}

	static RSAPublicKey serviceAccountPublicKey() {
		return (RSAPublicKey) serviceAccountKey.getPublic();
	}

	static String baseUrl() {
		return "http://127.0.0.1:" + server.port();
	}

	/** Puts the defaults back after a test changed them. */
	static void reset() {
		server.resetAll();
		defaults(server);
	}

	private static WireMockServer start() {
		WireMockServer wiremock = new WireMockServer(
				WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1").globalTemplating(true));
		wiremock.start();
		Runtime.getRuntime().addShutdownHook(new Thread(wiremock::stop, "stubs-shutdown"));
		defaults(wiremock);
		return wiremock;
	}

	private static void defaults(WireMockServer wiremock) {
		wiremock.stubFor(get(urlPathMatching("/api/v1/stores/[^/]+")).atPriority(10).willReturn(json(200, """
				{"id": "{{request.pathSegments.[3]}}", "slug": "manek-chowk", "name": "Manek Chowk",
				 "contact": {"email": "manekchowk@jainshikanji.in", "phone": "+91 79 2535 0001"},
				 "timeZone": "Asia/Kolkata", "active": true, "acceptingOrders": true, "openNow": true,
				 "estimatedPreparationMinutes": 20}
				""")));
		wiremock.stubFor(get(urlPathMatching("/api/v1/products/[^/]+")).atPriority(10).willReturn(json(200, """
				{"id": "{{request.pathSegments.[3]}}", "slug": "masala-shikanji", "name": "Masala Shikanji"}
				""")));
		wiremock.stubFor(post(urlPathEqualTo(SMS_PATH)).atPriority(10)
			.withBasicAuth(SMS_ACCOUNT, SMS_TOKEN)
			.withHeader("Content-Type", matching("application/x-www-form-urlencoded.*"))
			.willReturn(json(201, """
					{"sid": "SM{{randomValue length=32 type='HEXADECIMAL'}}", "status": "queued", "from": "%s"}
					""".formatted(SMS_FROM))));
		wiremock.stubFor(post(urlPathEqualTo(TOKEN_PATH)).atPriority(10)
			.withHeader("Content-Type", matching("application/x-www-form-urlencoded.*"))
			.willReturn(json(200, """
					{"access_token": "ya29.test-{{randomValue length=20 type='ALPHANUMERIC'}}", "expires_in": 3599,
					 "token_type": "Bearer"}
					""")));
		wiremock.stubFor(post(urlPathEqualTo(FCM_PATH)).atPriority(10)
			.withHeader("Authorization", matching("Bearer ya29\\.test-.+"))
			.willReturn(json(200, """
					{"name": "projects/%s/messages/0:{{randomValue length=16 type='NUMERIC'}}"}
					""".formatted(FCM_PROJECT))));
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

	/** FCM's answer for a token that no longer reaches an app. */
	static String unregistered() {
		return """
				{"error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND",
				 "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
				              "errorCode": "UNREGISTERED"}]}}
				""";
	}

	static com.github.tomakehurst.wiremock.matching.StringValuePattern formField(String name, String value) {
		return matching("(^|.*&)" + name + "="
				+ java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "\\+")
				+ "(&.*|$)");
	}

	static com.github.tomakehurst.wiremock.matching.StringValuePattern header(String value) {
		return equalTo(value);
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path writeServiceAccount() {
		// Escaped line breaks, as in Google's JSON key files.
		String pem = ("-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(serviceAccountKey.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n")
			.replace("\n", "\\n");
		try {
			Path file = Files.createTempFile("fcm-service-account-", ".json");
			file.toFile().deleteOnExit();
			// The token_uri of Google's key files points at Google; the test configures
			// its own, as production may.
			Files.writeString(file, """
					{"type": "service_account", "project_id": "%s", "private_key_id": "test-key-1",
					 "private_key": "%s", "client_email": "%s", "client_id": "1234567890",
					 "token_uri": "https://oauth2.googleapis.com/token"}
					""".formatted(FCM_PROJECT, pem, FCM_CLIENT_EMAIL));
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points the service at the stubs and at the tests' SMTP server. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String base = baseUrl();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("stubs",
						Map.of("notifications.directory.store-url", base, "notifications.directory.inventory-url", base,
								"notifications.sms.twilio.base-url", base, "notifications.push.fcm.base-url", base,
								"notifications.push.fcm.token-uri", base + TOKEN_PATH,
								"notifications.push.fcm.credentials", "file:" + serviceAccountFile.toAbsolutePath(),
								"test.mailbox.port", String.valueOf(Mailbox.port()))));
		}

	}

}
