package com.jainshikanji.loyalty.points;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AdjustmentTest {

	final UUID customer = UUID.randomUUID();

	final UUID admin = UUID.randomUUID();

	@Test
	void anAdminAdjustsAnotherUsersPointsEitherWay() {
		Adjustment credit = new Adjustment(this.customer, 50, "Goodwill", this.admin);
		Adjustment debit = new Adjustment(this.customer, -20, "Correction", this.admin);

		assertThat(credit.points()).isEqualTo(50);
		assertThat(debit.points()).isEqualTo(-20);
		assertThat(debit.adminId()).isEqualTo(this.admin);
	}

	@Test
	void anAdminNeverAdjustsTheirOwnPointsNeitherUpNorDown() {
		for (int points : new int[] { 50, -20 }) {
			assertThatExceptionOfType(OwnPointsAdjustment.class)
				.isThrownBy(() -> new Adjustment(this.admin, points, "For me", this.admin))
				.satisfies((ex) -> {
					assertThat(ex.getMessage()).contains("customerId", this.admin.toString());
					assertThat(ex.problemProperties()).containsEntry("field", "customerId")
						.containsEntry("customerId", this.admin);
				});
		}
	}

	@Test
	void anAdjustmentMovesPoints() {
		assertThatExceptionOfType(ZeroAdjustment.class)
			.isThrownBy(() -> new Adjustment(this.customer, 0, "Nothing", this.admin));
	}

}
