package com.jainshikanji.loyalty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import com.jainshikanji.testsupport.contract.BadRequestContract;
import com.jainshikanji.testsupport.security.TestTokens;
import com.jainshikanji.testsupport.web.Problem;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is a 4xx naming the field or rule, never a 500. */
@LoyaltyServiceTest
class BadRequestTests extends BadRequestContract {

	BadRequestTests() {
		super("/api/v1/loyalty/campaigns");
	}

	@Override
	protected String token() {
		return TestTokens.admin();
	}

	private Api api() {
		return new Api(this.client);
	}

	@Test
	void aCampaignWithoutNameTypeOrDatesNamesEachField() {
		Problem problem = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("discountType", "bogus", "code", "a b", "discountValue", -1)), 400);

		assertThat(problem.fields()).contains("name", "type", "discountType", "code", "discountValue", "startDate",
				"endDate");
	}

	@Test
	void aCampaignEndingBeforeItStartsOrAboveAHundredPercentIsRefused() {
		Problem ends = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Backwards", "type", "discount", "discountType", "fixed", "discountValue", 5,
						"startDate", "2026-02-01T00:00:00Z", "endDate", "2026-01-01T00:00:00Z")),
				400);
		Problem percent = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Too generous", "type", "discount", "discountType", "percentage", "discountValue", 150,
						"startDate", "2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z")),
				400);

		assertThat(ends.typeSlug()).isEqualTo("invalid-campaign");
		assertThat(ends.detail()).contains("endDate");
		assertThat(percent.detail()).contains("discountValue");
	}

	/**
	 * A campaign's discount keeps the rules a reward's does (a fixed or percentage
	 * discount takes something off, a cap is more than nothing and not for free
	 * delivery), and a free delivery campaign gives free delivery; on a change too.
	 */
	@Test
	void aCampaignsDiscountMustMakeSenseAsARewardsMust() {
		Problem nothingOff = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Nothing off", "type", "discount", "discountType", "fixed", "startDate",
						"2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z")),
				400);
		Problem cappedAtNothing = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Capped", "type", "discount", "discountType", "percentage", "discountValue", 10,
						"maxDiscount", 0, "startDate", "2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z")),
				400);
		Problem deliveryAsPercent = problem(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Free delivery", "type", "free_delivery", "discountType", "percentage", "discountValue",
						10, "startDate", "2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z")),
				400);
		Map<String, Object> campaign = api().campaign(Map.of("discountType", "fixed", "discountValue", 5));
		Map<String, Object> changed = new HashMap<>(campaign);
		changed.keySet().retainAll(List.of("name", "code", "type", "startDate", "endDate"));
		changed.put("discountType", "fixed");
		Problem changedToNothing = problem(
				api().exchange(HttpMethod.PUT, "/api/v1/loyalty/campaigns/" + campaign.get("id"), token(), changed),
				400);

		assertThat(List.of(nothingOff, cappedAtNothing, deliveryAsPercent, changedToNothing))
			.extracting(Problem::typeSlug)
			.containsOnly("invalid-campaign");
		assertThat(nothingOff.detail()).isEqualTo("discountValue: must be more than 0 for a fixed discount");
		assertThat(cappedAtNothing.detail()).isEqualTo("maxDiscount: must be more than 0 (leave it out for no cap)");
		assertThat(deliveryAsPercent.detail())
			.isEqualTo("discountType: must be free_delivery for a free_delivery campaign");
		assertThat(changedToNothing.detail()).startsWith("discountValue:");
	}

	@Test
	void campaignDatesOutsideTheYears2000To9999AreRefusedNamingTheField() {
		Map<String, Object> farFuture = Api.json(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Forever", "type", "discount", "discountType", "fixed", "discountValue", 5, "startDate",
						"2026-01-01T00:00:00Z", "endDate", "+300000-01-01T00:00:00Z")),
				400);
		Map<String, Object> longAgo = Api.json(api().post("/api/v1/loyalty/campaigns", token(),
				Map.of("name", "Always", "type", "discount", "discountType", "fixed", "discountValue", 5, "startDate",
						"1000-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z")),
				400);

		assertThat(farFuture).containsEntry("field", "endDate");
		assertThat(longAgo).containsEntry("field", "startDate");
	}

	@Test
	void aZeroOrHugeAdjustmentIsRefused() {
		Problem zero = problem(api().post("/api/v1/loyalty/earn", token(),
				Map.of("customerId", UUID.randomUUID(), "points", 0, "reason", "Nothing")), 400);
		Problem huge = problem(api().post("/api/v1/loyalty/earn", token(),
				Map.of("customerId", UUID.randomUUID(), "points", 100_001, "reason", "")), 400);

		assertThat(zero.typeSlug()).isEqualTo("zero-adjustment");
		assertThat(huge.fields()).contains("points", "reason");
	}

	@Test
	void aHoldWithoutLinesOrWithNegativePointsIsRefused() {
		Problem problem = problem(
				api().post("/api/v1/loyalty/holds", Api.SERVICE, Map.of("orderId", UUID.randomUUID(), "customerId",
						UUID.randomUUID(), "pointsToRedeem", -1, "subtotal", 10, "deliveryFee", 0, "lines", List.of())),
				400);

		assertThat(problem.fields()).contains("pointsToRedeem", "lines");
	}

	@Test
	void badQueryParametersAreNamed() {
		Problem page = problem(api().get("/api/v1/loyalty/customer/" + UUID.randomUUID() + "?size=1000", token()), 400);
		Problem id = problem(api().get("/api/v1/loyalty/customer/not-a-uuid", token()), 400);
		Problem subtotal = problem(api().get("/api/v1/loyalty/coupons/ANY?subtotal=-5", TestTokens.customer()), 400);

		assertThat(page.status()).isEqualTo(400);
		assertThat(id.status()).isEqualTo(400);
		assertThat(subtotal.status()).isEqualTo(400);
	}

}
