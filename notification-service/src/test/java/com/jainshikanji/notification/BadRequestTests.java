package com.jainshikanji.notification;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;
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

	/**
	 * An announcement goes to people whatever their promotion preferences: with a coupon
	 * in it, it was a promotion reaching those who never opted in.
	 */
	@Test
	void anAnnouncementCarryingACouponIsRefusedNamingTheCode() {
		Problem problem = Problems
			.problem(
					api().post("/api/v1/notifications/send", TestTokens.admin(),
							Map.of("kind", "ANNOUNCEMENT", "segment", Map.of("type", "EVERYONE"), "variables", Map
								.of("title", "Diwali hours", "message", "Open late all week", "code", "DIWALI50"))),
					400);

		assertThat(problem.fields()).containsExactly("variables.code");
		assertThat(problem.detail()).contains("PROMOTION");
	}

	/**
	 * A send to an id no account has: it was accepted as one recipient notified, with an
	 * in-app notification nobody could read.
	 */
	@Test
	void aSendToSomeoneTheServiceDoesNotKnowIsRefusedNamingTheUser() {
		UUID nobody = UUID.fromString("00000000-0000-4000-8000-000000000000");

		Problem problem = Problems.problem(api().post("/api/v1/notifications/send", TestTokens.admin(),
				Map.of("kind", "ANNOUNCEMENT", "userId", nobody, "variables", Map.of("title", "x", "message", "y"))),
				422);

		assertThat(problem.typeSlug()).isEqualTo("unknown-recipient");
		assertThat(problem.fields()).containsExactly("userId");
		assertThat(Api.items(Api.ok(api().get("/api/v1/notifications/user/" + nobody, TestTokens.admin())))).isEmpty();
	}

	/**
	 * Verification and password emails are always sent: disabled, they were lost without
	 * a trace while customers were told a link was on its way.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "EMAIL_VERIFICATION", "PASSWORD_RESET", "PASSWORD_CHANGED" })
	void aSecurityEmailCannotBeDisabled(String kind) {
		String path = "/api/v1/notifications/templates/" + kind + "/EMAIL";
		Map<String, Object> template = Api.ok(api().get(path, TestTokens.admin()));

		Problem problem = Problems.problem(api().put(path, TestTokens.admin(), Map.of("subject",
				template.get("subject"), "body", template.get("body"), "html", template.get("html"), "enabled", false)),
				422);

		assertThat(problem.typeSlug()).isEqualTo("template-must-stay-enabled");
		assertThat(problem.rule()).isEqualTo("security-emails-always-sent");
		assertThat(problem.fields()).containsExactly("enabled");
		assertThat(Api.ok(api().get(path, TestTokens.admin()))).containsEntry("enabled", true)
			.containsEntry("version", template.get("version"));
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
