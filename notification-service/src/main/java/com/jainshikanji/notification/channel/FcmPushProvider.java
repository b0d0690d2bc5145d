package com.jainshikanji.notification.channel;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Push notifications through Firebase Cloud Messaging's HTTP v1 API ({@code POST
 * /v1/projects/{project}/messages:send}), one device token per message, authorised by a
 * service account's access token. An unregistered token (404 {@code UNREGISTERED}) is
 * gone for good; an invalid message (400) is final; an expired access token (401) is
 * renewed once; quota and availability problems (429, 5xx, timeouts) are tried again
 * later. Each platform is told to show a notification sent again (one whose first send
 * was not recorded) in place of the first: FCM itself takes every send as a new message.
 */
public class FcmPushProvider implements PushProvider {

	private final RestClient client;

	private final String projectId;

	private final FcmAccessTokens tokens;

	/**
	 * @param client with FCM's base URL and timeouts
	 */
	public FcmPushProvider(RestClient client, String projectId, FcmAccessTokens tokens) {
		this.client = client;
		this.projectId = projectId;
		this.tokens = tokens;
	}

	@Override
	public SendOutcome send(String deviceToken, String title, String body, Map<String, String> data, String key) {
		// Not android.collapse_key: FCM keeps at most four of those per device.
		Map<String, Object> message = Map.of("message",
				Map.of("token", deviceToken, "notification", Map.of("title", title, "body", body), "data", data,
						"android", Map.of("notification", Map.of("tag", key)), "apns",
						Map.of("headers", Map.of("apns-collapse-id", key)), "webpush",
						Map.of("notification", Map.of("tag", key))));
		try {
			return attempt(message);
		}
		catch (HttpStatusCodeException ex) {
			if (ex.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
				this.tokens.invalidate();
				try {
					return attempt(message);
				}
				catch (HttpStatusCodeException again) {
					return classify(again);
				}
				catch (RestClientException again) {
					return SendOutcome.retry("FCM unreachable: " + again.getMessage());
				}
			}
			return classify(ex);
		}
		catch (ResourceAccessException ex) {
			return SendOutcome.retry("FCM unreachable: " + ex.getMessage());
		}
		catch (RestClientException | IllegalStateException ex) {
			// Includes the token endpoint being unreachable or refusing: nothing wrong
			// with the message.
			return SendOutcome.retry("FCM failure: " + ex.getMessage());
		}
	}

	private SendOutcome attempt(Map<String, Object> message) {
		Sent sent = this.client.post()
			.uri("/v1/projects/{projectId}/messages:send", this.projectId)
			.headers((headers) -> headers.setBearerAuth(this.tokens.accessToken()))
			.body(message)
			.retrieve()
			.body(Sent.class);
		return (sent != null && sent.name() != null) ? SendOutcome.sent(sent.name())
				: SendOutcome.retry("FCM answered without a message name");
	}

	private static SendOutcome classify(HttpStatusCodeException ex) {
		int status = ex.getStatusCode().value();
		ErrorBody error = readError(ex);
		String code = (error != null) ? error.errorCode() : null;
		String why = "FCM " + status + ((code != null) ? " " + code : "")
				+ ((error != null && error.error() != null && error.error().message() != null)
						? ": " + error.error().message() : "");
		if (status == 404 || "UNREGISTERED".equals(code)) {
			return SendOutcome.gone(why);
		}
		if (status == 400 || status == 403) {
			return SendOutcome.rejected(why);
		}
		return SendOutcome.retry(why);
	}

	private static @Nullable ErrorBody readError(HttpStatusCodeException ex) {
		try {
			return ex.getResponseBodyAs(ErrorBody.class);
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	record Sent(@Nullable String name) {
	}

	/** Google's error body, with FCM's error code in its details. */
	record ErrorBody(@Nullable Error error) {

		@Nullable String errorCode() {
			if (this.error == null || this.error.details() == null) {
				return null;
			}
			return this.error.details()
				.stream()
				.map(Detail::errorCode)
				.filter((code) -> code != null)
				.findFirst()
				.orElse((this.error.status() != null) ? this.error.status() : null);
		}

	}

	record Error(@Nullable Integer code, @Nullable String message, @Nullable String status,
			@Nullable List<Detail> details) {
	}

	record Detail(@Nullable String errorCode) {
	}

}
