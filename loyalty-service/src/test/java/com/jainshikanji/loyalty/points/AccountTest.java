package com.jainshikanji.loyalty.points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountTest {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	static final LoyaltyProperties PROPERTIES = new LoyaltyProperties(BigDecimal.TEN, new BigDecimal("0.25"),
			new BigDecimal("0.5"), java.time.Duration.ofDays(365), java.time.Duration.ofDays(365),
			java.time.Duration.ofHours(1), new LoyaltyProperties.Tiers(500, 1500, 5000, BigDecimal.ONE,
					new BigDecimal("1.25"), new BigDecimal("1.5"), new BigDecimal("2.0")));

	final Account account = new Account(UUID.randomUUID(), NOW);

	@Test
	void aPostingRecordsTheBalanceAfterIt() {
		LedgerEntry credit = this.account.post(credit(100), NOW);
		LedgerEntry debit = this.account.post(debit(30), NOW);

		assertThat(credit.balanceAfter()).isEqualTo(100);
		assertThat(debit.balanceAfter()).isEqualTo(70);
		assertThat(debit.points()).isEqualTo(-30);
		assertThat(this.account.balance()).isEqualTo(70);
	}

	@Test
	void aDebitBeyondTheBalanceIsRefusedAndChangesNothing() {
		this.account.post(credit(10), NOW);

		assertThatExceptionOfType(InsufficientPoints.class).isThrownBy(() -> this.account.post(debit(11), NOW))
			.satisfies((ex) -> assertThat(ex.problemProperties()).containsEntry("balance", 10L)
				.containsEntry("requested", 11L));
		assertThat(this.account.balance()).isEqualTo(10);
	}

	@Test
	void aPostingMovesAtLeastOnePoint() {
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> credit(0));
	}

	@Test
	void retieringToTheSameTierChangesNothingAndAChangeCountsUp() {
		assertThat(this.account.retier(Tier.BRONZE, NOW)).isEmpty();

		var up = this.account.retier(Tier.GOLD, NOW).orElseThrow();
		var down = this.account.retier(Tier.SILVER, NOW).orElseThrow();

		assertThat(up.previous()).isEqualTo(Tier.BRONZE);
		assertThat(up.sequence()).isEqualTo(1);
		assertThat(down.previous()).isEqualTo(Tier.GOLD);
		assertThat(down.current()).isEqualTo(Tier.SILVER);
		assertThat(down.sequence()).isEqualTo(2);
		assertThat(this.account.tier()).isEqualTo(Tier.SILVER);
	}

	@Test
	void tiersChangeExactlyAtTheirThresholds() {
		var tiers = PROPERTIES.tiers();
		assertThat(Tier.of(499, tiers)).isEqualTo(Tier.BRONZE);
		assertThat(Tier.of(500, tiers)).isEqualTo(Tier.SILVER);
		assertThat(Tier.of(1499, tiers)).isEqualTo(Tier.SILVER);
		assertThat(Tier.of(1500, tiers)).isEqualTo(Tier.GOLD);
		assertThat(Tier.of(4999, tiers)).isEqualTo(Tier.GOLD);
		assertThat(Tier.of(5000, tiers)).isEqualTo(Tier.PLATINUM);
		assertThat(Tier.PLATINUM.next()).isEmpty();
		assertThat(Tier.BRONZE.next()).hasValue(Tier.SILVER);
	}

	@Test
	void pointsAreOnePerTenRupeesRoundedDownTimesTheTierMultiplier() {
		assertThat(PointsLedger.pointsFor(new BigDecimal("259.90"), Tier.BRONZE, PROPERTIES)).isEqualTo(25);
		assertThat(PointsLedger.pointsFor(new BigDecimal("9.99"), Tier.BRONZE, PROPERTIES)).isZero();
		assertThat(PointsLedger.pointsFor(new BigDecimal("100.00"), Tier.SILVER, PROPERTIES)).isEqualTo(12);
		assertThat(PointsLedger.pointsFor(new BigDecimal("100.00"), Tier.GOLD, PROPERTIES)).isEqualTo(15);
		assertThat(PointsLedger.pointsFor(new BigDecimal("100.00"), Tier.PLATINUM, PROPERTIES)).isEqualTo(20);
	}

	private static Posting credit(int points) {
		return new Posting(EntryType.ADJUSTMENT, points, "Test", null, null, NOW.plusSeconds(60), null);
	}

	private static Posting debit(int points) {
		return new Posting(EntryType.REDEEM, -points, "Test", UUID.randomUUID(), null, null, null);
	}

}
