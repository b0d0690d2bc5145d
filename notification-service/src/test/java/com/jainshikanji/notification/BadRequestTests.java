package com.jainshikanji.notification;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input is a 4xx problem+json that says what was wrong, never a 500
 * (the platform's contract, on the endpoint apps call to register a device); and the API
 * describes itself, everything behind a token.
 */
@NotificationServiceTest
class BadRequestTests extends BadRequestContract {

	BadRequestTests() {
		super("/api/v1/notifications/devices");
	}

	@Override
	protected String token() {
		return TestTokens.customer();
	}

	private Api api() {
		return new Api(this.client);
	}

	@Test
	void aDeviceNeedsATokenOfTheRightShapeAndAKnownPlatform() {
		assertThat(Problems.problem(api().post("/api/v1/notifications/devices", token(), Map.of()), 400).fields())
			.containsExactlyInAnyOrder("token", "platform");
		assertThat(Problems
			.problem(api().post("/api/v1/notifications/devices", token(),
					Map.of("token", "<script>", "platform", "ANDROID")), 400)
			.fields()).containsExactly("token");
		assertThat(
				Problems
					.problem(api().post("/api/v1/notifications/devices", token(),
							Map.of("token", "abc", "platform", "SYMBIAN")), 400)
					.fields())
			.containsExactly("platform");
	}

	@Test
	void preferencesNeedEveryCategoryAndChannel() {
		UUID me = UUID.randomUUID();
		assertThat(Problems.problem(api().put("/api/v1/notifications/preferences/" + me, TestTokens.customer(me),
				Map.of("orderUpdates", Map.of("email", true))), 400)
			.fields())
			.contains("orderUpdates.sms", "orderUpdates.push", "orderUpdates.inApp", "accountUpdates", "promotions");
	}

	@Test
	void aSendNamesEitherAPersonOrASegment() {
		assertThat(Problems
			.problem(api().post("/api/v1/notifications/send", TestTokens.admin(),
					Map.of("kind", "PROMOTION", "variables", Map.of("title", "Holi offer", "message", "20% off"))), 400)
			.fields()).containsExactly("userId");
		assertThat(Problems.problem(api().post("/api/v1/notifications/send", TestTokens.admin(),
				Map.of("kind", "ORDER_PLACED", "userId", UUID.randomUUID(), "variables",
						Map.of("title", "x", "message", "y"))),
				422)
			.typeSlug()).as("only promotions and announcements are sent by hand").isEqualTo("kind-not-sendable");
	}

	@Test
	void unknownThingsAreNamed() {
		assertThat(Problems.problem(api().get("/api/v1/notifications/user/someone", token()), 400).fields())
			.isNotEmpty();
		assertThat(Problems.problem(api().get("/api/v1/notifications/templates/NOPE/EMAIL", TestTokens.admin()), 400)
			.fields()).containsExactly("kind");
		assertThat(
				Problems.problem(api().put("/api/v1/notifications/" + UUID.randomUUID() + "/read", token(), null), 404)
					.typeSlug())
			.isEqualTo("notification-not-found");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theApiDocsShowEveryOperationBehindAToken() {
		Map<String, Object> docs = Api.ok(api().get("/v3/api-docs", null));
		Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) docs
			.get("paths");

		assertThat(((Map<String, Object>) docs.get("info")).get("title")).isEqualTo("Notification service");
		assertThat(paths).containsKeys("/api/v1/notifications/user/{userId}",
				"/api/v1/notifications/{notificationId}/read", "/api/v1/notifications/preferences/{userId}",
				"/api/v1/notifications/devices", "/api/v1/notifications/templates/{kind}/{channel}",
				"/api/v1/notifications/send", "/api/v1/notifications/deliveries");
		assertThat(paths.get("/api/v1/notifications/user/{userId}").get("get")).containsKey("security");
		assertThat(paths.get("/api/v1/notifications/send").get("post")).containsKey("security");
	}

}
