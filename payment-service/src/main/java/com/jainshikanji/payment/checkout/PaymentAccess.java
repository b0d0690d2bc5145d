package com.jainshikanji.payment.checkout;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.StoreDuty;
import com.jainshikanji.payment.order.OrderView;

/**
 * Who may see and refund a payment: its order's customer, every staff member of the
 * order's store and admins see it; admins, and staff whose job at the store is one
 * {@link StoreDuty#REFUND_PAYMENTS} is for, refund it (and settle what it owes); nobody
 * who may not see it learns it exists (404).
 */
public final class PaymentAccess {

	private PaymentAccess() {
	}

	public static boolean maySee(PaymentView payment, AuthenticatedUser user) {
		return user.isAdmin() || user.id().equals(payment.customerId()) || user.worksAt(payment.storeId());
	}

	public static boolean maySee(OrderView order, AuthenticatedUser user) {
		return user.isAdmin() || user.id().equals(order.customerId()) || user.worksAt(order.storeId());
	}

	public static boolean mayRefund(PaymentView payment, AuthenticatedUser user) {
		return user.may(StoreDuty.REFUND_PAYMENTS, payment.storeId());
	}

	/**
	 * The stores whose payments a user who is not an admin may refund, none for a job
	 * that does not refund: a query can then select exactly those payments, rather than
	 * filter what it read.
	 */
	static Set<UUID> storesRefundedBy(AuthenticatedUser user) {
		return user.storeIds()
			.stream()
			.filter((store) -> user.may(StoreDuty.REFUND_PAYMENTS, store))
			.collect(Collectors.toUnmodifiableSet());
	}

}
