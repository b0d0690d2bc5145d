package com.jainshikanji.loyalty.points;

import java.util.UUID;

/**
 * An admin's manual adjustment of a customer's points. Refuses what no adjustment may be:
 * one that moves no points, and one an admin makes to their own account (points are
 * money's worth; an admin who is also a customer has another admin adjust theirs).
 *
 * @param points signed, never zero: a credit (expiring like earned points) or a debit
 * @param reason why, kept in the ledger and the audit log
 * @param adminId the admin making it, never the customer
 */
record Adjustment(UUID customerId, int points, String reason, UUID adminId) {

	/**
	 * @throws ZeroAdjustment when it moves no points
	 * @throws OwnPointsAdjustment when the admin is the customer
	 */
	Adjustment {
		if (points == 0) {
			throw new ZeroAdjustment();
		}
		if (adminId.equals(customerId)) {
			throw new OwnPointsAdjustment(customerId);
		}
	}

}
