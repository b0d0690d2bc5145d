package com.jainshikanji.loyalty.points;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A manual adjustment by an admin.
 *
 * @param points signed and never zero: a credit (expiring like earned points) or a debit
 * @param reason why, kept in the ledger and the audit log
 */
record AdjustmentRequest(@NotNull UUID customerId, @NotNull @Min(-100_000) @Max(100_000) Integer points,
		@NotBlank @Size(max = 500) String reason) {

	/**
	 * @throws ZeroAdjustment when it moves no points
	 * @throws OwnPointsAdjustment when the admin names their own account
	 */
	Adjustment toAdjustment(UUID adminId) {
		return new Adjustment(this.customerId, this.points, this.reason.strip(), adminId);
	}

}
