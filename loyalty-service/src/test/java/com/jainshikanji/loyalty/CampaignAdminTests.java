package com.jainshikanji.loyalty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admins create, read, change and switch off campaigns; codes are unique whatever their
 * case; every change is in the audit log with the admin, the campaign and what changed,
 * and so is every manual points adjustment. Only admins read the log.
 */
@LoyaltyServiceTest
class CampaignAdminTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void anAdminCreatesChangesAndSwitchesOffACampaignEachChangeAudited() {
		UUID adminId = UUID.randomUUID();
		String admin = TestTokens.token(adminId, List.of("ADMIN"), List.of());
		Map<String, Object> created = this.api.campaign(Map.of("name", "Summer", "usageLimit", 100));
		String id = (String) created.get("id");
		String code = (String) created.get("code");

		Map<String, Object> changed = new HashMap<>(created);
		changed.keySet().retainAll(List.of("name", "code", "type", "discountType", "startDate", "endDate"));
		changed.put("discountValue", 25);
		changed.put("name", "Summer sale");
		Map<String, Object> updated = Api
			.ok(this.api.exchange(HttpMethod.PUT, "/api/v1/loyalty/campaigns/" + id, admin, changed));
		this.api.exchange(HttpMethod.DELETE, "/api/v1/loyalty/campaigns/" + id, admin, null)
			.expectStatus()
			.isNoContent();

		assertThat(updated).containsEntry("name", "Summer sale").containsEntry("discountValue", 25.0);
		assertThat(Api.ok(this.api.get("/api/v1/loyalty/campaigns/" + id, admin))).containsEntry("active", false);
		assertThat(Api.ok(this.api.get("/api/v1/loyalty/coupons/" + code + "?subtotal=100", TestTokens.customer())))
			.containsEntry("applicable", false)
			.containsEntry("reason", "inactive");
		assertThat(entry("campaign.created", id)).containsEntry("targetType", "campaign");
		assertThat(details(entry("campaign.created", id))).containsEntry("code", code).containsEntry("usageLimit", 100);
		assertThat(details(entry("campaign.updated", id))).containsKeys("before", "after");
		assertThat(entry("campaign.deactivated", id)).containsEntry("actorId", adminId.toString());
	}

	/**
	 * A change that does not say whether the campaign is on leaves it as it was: one
	 * switched off stays off until a change says otherwise.
	 */
	@Test
	void aChangeWithoutActiveKeepsTheCampaignAsItWas() {
		Map<String, Object> created = this.api.campaign(Map.of());
		String path = "/api/v1/loyalty/campaigns/" + created.get("id");
		Map<String, Object> changed = new HashMap<>(created);
		changed.keySet()
			.retainAll(List.of("name", "code", "type", "discountType", "discountValue", "startDate", "endDate"));
		this.api.exchange(HttpMethod.DELETE, path, TestTokens.admin(), null).expectStatus().isNoContent();

		changed.put("name", "Renamed while off");
		Map<String, Object> stillOff = Api.ok(this.api.exchange(HttpMethod.PUT, path, TestTokens.admin(), changed));
		changed.put("active", true);
		Map<String, Object> on = Api.ok(this.api.exchange(HttpMethod.PUT, path, TestTokens.admin(), changed));
		changed.remove("active");
		Map<String, Object> stillOn = Api.ok(this.api.exchange(HttpMethod.PUT, path, TestTokens.admin(), changed));

		assertThat(stillOff).containsEntry("name", "Renamed while off").containsEntry("active", false);
		assertThat(on).containsEntry("active", true);
		assertThat(stillOn).containsEntry("active", true);
	}

	@Test
	void aLimitBelowTheUsesTakenIsRefusedNamingUsageLimit() {
		Map<String, Object> created = this.api.campaign(Map.of("usageLimit", 5));
		String id = (String) created.get("id");
		for (int i = 0; i < 2; i++) {
			Api.ok(this.api.post("/api/v1/loyalty/holds", Api.SERVICE,
					Api.hold(UUID.randomUUID(), UUID.randomUUID(), (String) created.get("code"), 0, "200.00")));
		}
		Map<String, Object> changed = new HashMap<>(created);
		changed.keySet()
			.retainAll(List.of("name", "code", "type", "discountType", "discountValue", "startDate", "endDate"));

		changed.put("usageLimit", 1);
		Map<String, Object> refused = Api.json(
				this.api.exchange(HttpMethod.PUT, "/api/v1/loyalty/campaigns/" + id, TestTokens.admin(), changed), 400);
		changed.put("usageLimit", 2);
		Map<String, Object> lowered = Api
			.ok(this.api.exchange(HttpMethod.PUT, "/api/v1/loyalty/campaigns/" + id, TestTokens.admin(), changed));

		assertThat(refused).containsEntry("field", "usageLimit");
		assertThat((String) refused.get("type")).endsWith("/invalid-campaign");
		assertThat(lowered).containsEntry("usageLimit", 2).containsEntry("currentUsage", 2);
	}

	@Test
	void aCodeIsUniqueWhateverItsCase() {
		String code = (String) this.api.campaign(Map.of()).get("code");

		Map<String, Object> body = new HashMap<>(
				Map.of("name", "Copy", "code", code.toLowerCase(), "type", "discount", "discountType", "fixed",
						"discountValue", 5, "startDate", "2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z"));

		assertThat(problem(this.api.post("/api/v1/loyalty/campaigns", TestTokens.admin(), body), 409).typeSlug())
			.isEqualTo("coupon-code-taken");
		assertThat(problem(this.api.get("/api/v1/loyalty/campaigns/" + UUID.randomUUID(), TestTokens.admin()), 404)
			.typeSlug()).isEqualTo("campaign-not-found");
	}

	@Test
	void theTypesAreReadInAnyCaseAndStoredAsLoyaltyWritesThem() {
		Map<String, Object> campaign = this.api
			.campaign(Map.of("type", "Free_Delivery", "discountType", "FREE_DELIVERY", "discountValue", 0));

		assertThat(campaign).containsEntry("type", "free_delivery").containsEntry("discountType", "free_delivery");
	}

	@Test
	void aManualAdjustmentIsAuditedWithItsReasonAndTheBalances() {
		UUID adminId = UUID.randomUUID();
		UUID customer = UUID.randomUUID();

		Api.ok(this.api.post("/api/v1/loyalty/earn", TestTokens.token(adminId, List.of("ADMIN"), List.of()),
				Map.of("customerId", customer, "points", 75, "reason", "Birthday bonus")));

		Map<String, Object> entry = entry("loyalty.points-adjusted", customer.toString());
		assertThat(entry).containsEntry("actorId", adminId.toString()).containsEntry("targetType", "customer");
		assertThat(details(entry)).containsEntry("points", 75)
			.containsEntry("reason", "Birthday bonus")
			.containsEntry("balanceBefore", 0)
			.containsEntry("balanceAfter", 75);
	}

	@Test
	void onlyAdminsReadTheAuditLog() {
		this.api.get("/api/v1/admin/audit", null).expectStatus().isUnauthorized();
		for (String token : List.of(TestTokens.customer(), TestTokens.staffOf(UUID.randomUUID()), Api.SERVICE)) {
			this.api.get("/api/v1/admin/audit", token).expectStatus().isForbidden();
		}
		Api.ok(this.api.get("/api/v1/admin/audit", TestTokens.admin()));
	}

	private Map<String, Object> entry(String action, String targetId) {
		List<Map<String, Object>> entries = this.api.audit(action, targetId);
		assertThat(entries).as("%s of %s", action, targetId).hasSize(1);
		return entries.getFirst();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> details(Map<String, Object> entry) {
		return (Map<String, Object>) entry.get("details");
	}

}
