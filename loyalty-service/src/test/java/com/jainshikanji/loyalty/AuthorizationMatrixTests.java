package com.jainshikanji.loyalty;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.security.TestTokens;

import static com.jainshikanji.testsupport.web.Problems.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call which endpoint, tried by every kind of caller: anonymous 401; a role that
 * may not call it 403; the right caller gets through. A customer's points are theirs and
 * admins'; campaigns, rewards and manual adjustments are admins'; holds are the order
 * service's; customers (and admins) check coupons; customers take rewards and list their
 * own coupons.
 */
@LoyaltyServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final UUID CUSTOMER = UUID.randomUUID();

	@Autowired
	RestTestClient client;

	Api api;

	String code;

	String reward;

	@BeforeAll
	void setUp() {
		this.api = new Api(this.client);
		this.code = (String) this.api.campaign(Map.of()).get("code");
		this.reward = (String) Api
			.json(this.api.post("/api/v1/loyalty/rewards", TestTokens.admin(),
					Map.of("name", "Matrix", "pointsCost", 5)), 201)
			.get("id");
	}

	@ParameterizedTest(name = "{0} {1} by {2} -> {3}")
	@MethodSource("matrix")
	void everyEndpointAdmitsOnlyItsCallers(HttpMethod method, String path, Caller caller, int expected) {
		String resolved = path.replace("{code}", this.code).replace("{reward}", this.reward);
		var response = this.api.exchange(method, resolved, caller.token(), body(method, path));

		if (expected == 401) {
			assertThat(problem(response, 401).typeSlug()).isEqualTo("authentication-required");
		}
		else if (expected == 403) {
			assertThat(problem(response, 403).typeSlug()).isEqualTo("access-denied");
		}
		else if (expected == 0) {
			int status = response.returnResult().getStatus().value();
			assertThat(status).as("%s %s by %s gets past security", method, path, caller).isNotIn(401, 403);
		}
		else {
			int status = response.returnResult().getStatus().value();
			assertThat(status).as("%s %s by %s", method, path, caller).isBetween(200, 299);
		}
	}

	static Stream<Arguments> matrix() {
		return Stream
			.of(row(HttpMethod.GET, "/api/v1/loyalty/customer/" + CUSTOMER, 401, 200, 403, 403, 403, 200),
					row(HttpMethod.POST, "/api/v1/loyalty/earn", 401, 403, 403, 403, 403, 200),
					row(HttpMethod.GET, "/api/v1/loyalty/campaigns", 401, 403, 403, 403, 403, 200),
					row(HttpMethod.POST, "/api/v1/loyalty/campaigns", 401, 403, 403, 403, 403, 201),
					row(HttpMethod.GET, "/api/v1/loyalty/coupons/{code}?subtotal=100", 401, 200, 200, 403, 403, 200),
					row(HttpMethod.GET, "/api/v1/loyalty/coupons", 401, 200, 200, 403, 403, 403),
					row(HttpMethod.GET, "/api/v1/loyalty/rewards", 401, 200, 200, 200, 200, 200),
					row(HttpMethod.POST, "/api/v1/loyalty/rewards", 401, 403, 403, 403, 403, 201),
					row(HttpMethod.PUT, "/api/v1/loyalty/rewards/{reward}", 401, 403, 403, 403, 403, 200),
					// Retired, not deleted: the change above finds it whichever runs
					// first.
					row(HttpMethod.DELETE, "/api/v1/loyalty/rewards/{reward}", 401, 403, 403, 403, 403, 204),
					// A customer gets past security (then 404: no such reward).
					row(HttpMethod.POST, "/api/v1/loyalty/redeem", 401, 0, 0, 403, 403, 403),
					row(HttpMethod.POST, "/api/v1/loyalty/holds", 401, 403, 403, 403, 200, 403),
					row(HttpMethod.POST, "/api/v1/loyalty/holds/" + UUID.randomUUID() + "/release", 401, 403, 403, 403,
							204, 403))
			.flatMap((row) -> row);
	}

	private static Stream<Arguments> row(HttpMethod method, String path, int... expected) {
		Caller[] callers = Caller.values();
		return Stream.of(callers).map((caller) -> Arguments.of(method, path, caller, expected[caller.ordinal()]));
	}

	private static @Nullable Object body(HttpMethod method, String path) {
		if (method == HttpMethod.PUT && path.contains("/rewards/")) {
			return Map.of("name", "Matrix reward", "pointsCost", 10);
		}
		if (method != HttpMethod.POST) {
			return null;
		}
		if (path.endsWith("/earn")) {
			return Map.of("customerId", UUID.randomUUID(), "points", 5, "reason", "Matrix");
		}
		if (path.endsWith("/campaigns")) {
			return Map.of("name", "Matrix", "type", "discount", "discountType", "fixed", "discountValue", 5,
					"startDate", "2026-01-01T00:00:00Z", "endDate", "2099-01-01T00:00:00Z");
		}
		if (path.endsWith("/rewards")) {
			return Map.of("name", "Matrix reward", "pointsCost", 10);
		}
		if (path.endsWith("/redeem")) {
			return Map.of("rewardId", UUID.randomUUID());
		}
		if (path.endsWith("/holds")) {
			return Api.hold(UUID.randomUUID(), UUID.randomUUID(), null, 0, "100.00");
		}
		return null;
	}

	enum Caller {

		ANONYMOUS, OWNER, OTHER_CUSTOMER, STAFF, SERVICE, ADMIN;

		@Nullable String token() {
			return switch (this) {
				case ANONYMOUS -> null;
				case OWNER -> TestTokens.customer(CUSTOMER);
				case OTHER_CUSTOMER -> TestTokens.customer();
				case STAFF -> TestTokens.staffOf(UUID.randomUUID());
				case SERVICE -> TestTokens.token(UUID.randomUUID(), List.of("SERVICE"), List.of());
				case ADMIN -> TestTokens.admin();
			};
		}

	}

}
