package com.jainshikanji.common.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * What only some of a store's staff may do there, and which jobs may. Everything else
 * staff do at their store (seeing its orders, stock and reviews, moving an order through
 * the kitchen and out to the customer) is open to every job; these move money or goods,
 * hand out work, or speak for the store. Admins may do all of them everywhere
 * ({@link AuthenticatedUser#may(StoreDuty, java.util.UUID)}).
 */
public enum StoreDuty {

	/** Give a customer's money back: refund a payment, settle a refund owed. */
	REFUND_PAYMENTS("refunds", StaffJob.MANAGER, StaffJob.CASHIER, StaffJob.SUPPORT),

	/** Cancel (reject) an order of the store; a paid one is refunded. */
	CANCEL_ORDERS("cancelling orders", StaffJob.MANAGER, StaffJob.CASHIER, StaffJob.SUPPORT),

	/**
	 * Dispatch: decide which rider delivers an order. Not a rider's own to do, or riders
	 * could give themselves the orders they like, or take one from another rider.
	 */
	ASSIGN_DELIVERIES("assigning who delivers an order", StaffJob.MANAGER, StaffJob.CASHIER, StaffJob.SUPPORT),

	/** Change what the store holds: set, adjust and count stock, receive supplies. */
	KEEP_STOCK("changing its stock or receiving supplies", StaffJob.MANAGER, StaffJob.CHEF),

	/** Spend the store's money on supplies: raise, confirm and cancel purchase orders. */
	BUY_SUPPLIES("placing, confirming or cancelling purchase orders", StaffJob.MANAGER),

	/** Speak for the store about reviews: answer them. */
	ANSWER_REVIEWS("answering its reviews", StaffJob.MANAGER, StaffJob.SUPPORT);

	private final String description;

	private final Set<StaffJob> jobs;

	StoreDuty(String description, StaffJob first, StaffJob... rest) {
		this.description = description;
		this.jobs = EnumSet.of(first, rest);
	}

	/**
	 * Refuses a user who works at the store but whose job there does not allow this duty
	 * ({@link StoreDutyNotAllowed}, 403). Whether the user may reach the store at all is
	 * the caller's to decide first, so strangers keep the answer they always had.
	 */
	public void requireOf(AuthenticatedUser user, UUID storeId) {
		if (!user.may(this, storeId)) {
			throw new StoreDutyNotAllowed(this, storeId, user.jobs().get(storeId));
		}
	}

	String description() {
		return this.description;
	}

	/** Whether someone with this job at a store may do this there. */
	public boolean isFor(StaffJob job) {
		return this.jobs.contains(job);
	}

}
