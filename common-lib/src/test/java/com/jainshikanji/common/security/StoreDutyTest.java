package com.jainshikanji.common.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which staff may do what at which store, as read from the access token. */
class StoreDutyTest {

	private static final UUID STORE = UUID.fromString("a1000000-0000-4000-8000-000000000004");

	private static final UUID OTHER_STORE = UUID.fromString("a1000000-0000-4000-8000-000000000005");

	@Test
	void eachDutyIsForTheJobsThatMoveItsMoneyOrGoods() {
		assertThat(jobsFor(StoreDuty.REFUND_PAYMENTS)).containsExactly(StaffJob.MANAGER, StaffJob.CASHIER,
				StaffJob.SUPPORT);
		assertThat(jobsFor(StoreDuty.CANCEL_ORDERS)).containsExactly(StaffJob.MANAGER, StaffJob.CASHIER,
				StaffJob.SUPPORT);
		assertThat(jobsFor(StoreDuty.ASSIGN_DELIVERIES)).containsExactly(StaffJob.MANAGER, StaffJob.CASHIER,
				StaffJob.SUPPORT);
		assertThat(jobsFor(StoreDuty.KEEP_STOCK)).containsExactly(StaffJob.MANAGER, StaffJob.CHEF);
		assertThat(jobsFor(StoreDuty.BUY_SUPPLIES)).containsExactly(StaffJob.MANAGER);
		assertThat(jobsFor(StoreDuty.ANSWER_REVIEWS)).containsExactly(StaffJob.MANAGER, StaffJob.SUPPORT);
	}

	@Test
	void aRiderWorksAtTheStoreButMayNotRefundCancelDispatchOrTouchStock() {
		AuthenticatedUser rider = AccessTokens
			.user(token(List.of("STAFF"), List.of(STORE.toString()), Map.of(STORE.toString(), "DELIVERY")));

		assertThat(rider.worksAt(STORE)).isTrue();
		assertThat(rider.jobs()).containsExactly(Map.entry(STORE, StaffJob.DELIVERY));
		for (StoreDuty duty : StoreDuty.values()) {
			assertThat(rider.may(duty, STORE)).as(duty.name()).isFalse();
		}
	}

	@Test
	void aManagerMayDoEveryDutyAtTheirStoreAndNoneElsewhere() {
		AuthenticatedUser manager = AccessTokens
			.user(token(List.of("STAFF"), List.of(STORE.toString()), Map.of(STORE.toString(), "MANAGER")));

		for (StoreDuty duty : StoreDuty.values()) {
			assertThat(manager.may(duty, STORE)).as(duty.name()).isTrue();
			assertThat(manager.may(duty, OTHER_STORE)).as(duty.name()).isFalse();
		}
	}

	@Test
	void aJobAtAStoreTheTokenDoesNotListIsIgnored() {
		AuthenticatedUser user = AccessTokens.user(token(List.of("STAFF"), List.of(STORE.toString()),
				Map.of(STORE.toString(), "CHEF", OTHER_STORE.toString(), "MANAGER")));

		assertThat(user.jobs()).containsExactly(Map.entry(STORE, StaffJob.CHEF));
		assertThat(user.may(StoreDuty.KEEP_STOCK, STORE)).isTrue();
		assertThat(user.may(StoreDuty.REFUND_PAYMENTS, STORE)).isFalse();
		assertThat(user.may(StoreDuty.KEEP_STOCK, OTHER_STORE)).isFalse();
	}

	@Test
	void anUnknownJobOrAMalformedClaimAllowsNoDuty() {
		AuthenticatedUser unknownJob = AccessTokens
			.user(token(List.of("STAFF"), List.of(STORE.toString()), Map.of(STORE.toString(), "manager")));
		AuthenticatedUser notAnObject = AccessTokens.user(Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject(UUID.randomUUID().toString())
			.claim(AccessTokenClaims.ROLES, List.of("STAFF"))
			.claim(AccessTokenClaims.STORE_IDS, List.of(STORE.toString()))
			.claim(AccessTokenClaims.STORE_JOBS, List.of("MANAGER"))
			.issuedAt(Instant.now())
			.build());

		assertThat(unknownJob.jobs()).isEmpty();
		assertThat(notAnObject.jobs()).isEmpty();
		assertThat(unknownJob.may(StoreDuty.KEEP_STOCK, STORE)).isFalse();
		assertThat(notAnObject.worksAt(STORE)).isTrue();
	}

	@Test
	void staffWhoseTokenNamesNoJobMayNotButAnAdminMayAnywhere() {
		AuthenticatedUser oldToken = AccessTokens.user(token(List.of("STAFF"), List.of(STORE.toString()), null));
		AuthenticatedUser admin = AccessTokens.user(token(List.of("ADMIN"), List.of(), null));

		assertThat(oldToken.worksAt(STORE)).isTrue();
		assertThat(oldToken.may(StoreDuty.CANCEL_ORDERS, STORE)).isFalse();
		assertThat(admin.may(StoreDuty.REFUND_PAYMENTS, OTHER_STORE)).isTrue();
	}

	@Test
	void aRefusalNamesTheDutyAndTheJob() {
		AuthenticatedUser chef = AccessTokens
			.user(token(List.of("STAFF"), List.of(STORE.toString()), Map.of(STORE.toString(), "CHEF")));
		AuthenticatedUser oldToken = AccessTokens.user(token(List.of("STAFF"), List.of(STORE.toString()), null));

		StoreDuty.KEEP_STOCK.requireOf(chef, STORE);
		assertThatExceptionOfType(StoreDutyNotAllowed.class)
			.isThrownBy(() -> StoreDuty.BUY_SUPPLIES.requireOf(chef, STORE))
			.withMessage("Your job at store " + STORE
					+ " (CHEF) does not allow placing, confirming or cancelling purchase orders: only MANAGER there may")
			.satisfies((refused) -> assertThat(refused.problemProperties())
				.containsExactly(Map.entry("duty", "BUY_SUPPLIES"), Map.entry("job", "CHEF")));
		assertThatExceptionOfType(StoreDutyNotAllowed.class)
			.isThrownBy(() -> StoreDuty.REFUND_PAYMENTS.requireOf(oldToken, STORE))
			.withMessage("Your sign-in names no job at store " + STORE
					+ ", so it does not allow refunds (sign in again): only MANAGER, CASHIER, SUPPORT there may")
			.satisfies((refused) -> assertThat(refused.problemProperties())
				.containsExactly(Map.entry("duty", "REFUND_PAYMENTS")));
	}

	private static List<StaffJob> jobsFor(StoreDuty duty) {
		return java.util.Arrays.stream(StaffJob.values()).filter(duty::isFor).toList();
	}

	private static Jwt token(List<String> roles, List<String> storeIds, Map<String, String> jobs) {
		Jwt.Builder builder = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.subject(UUID.randomUUID().toString())
			.claim(AccessTokenClaims.ROLES, roles)
			.claim(AccessTokenClaims.STORE_IDS, storeIds)
			.issuedAt(Instant.now());
		if (jobs != null) {
			builder.claim(AccessTokenClaims.STORE_JOBS, jobs);
		}
		return builder.build();
	}

}
