package com.jainshikanji.order.order;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Who made something happen to an order, for its timeline.
 *
 * @param userId the user, or {@code null} for the platform itself (a payment event, the
 * payment-window job)
 * @param role in what capacity they acted
 * @param name a name to show, when one is known (the customer's own)
 */
public record Actor(@Nullable UUID userId, Role role, @Nullable String name) {

	private static final Actor SYSTEM = new Actor(null, Role.SYSTEM, null);

	/** The platform acting on its own. */
	public static Actor system() {
		return SYSTEM;
	}

	public static Actor customer(UUID userId, @Nullable String name) {
		return new Actor(userId, Role.CUSTOMER, name);
	}

	/**
	 * A user running a store's orders: staff of it, or an admin.
	 */
	public static Actor operator(AuthenticatedUser user) {
		return new Actor(user.id(), user.isAdmin() ? Role.ADMIN : Role.STAFF, null);
	}

	/**
	 * In what capacity someone acted; stored as the timeline's {@code updated_by_role}.
	 */
	public enum Role implements Coded {

		CUSTOMER("customer"), STAFF("staff"), ADMIN("admin"), SYSTEM("system");

		private final String code;

		Role(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

		/**
		 * Who cancelled, as {@code OrderCancelled.cancelledBy} and the spec's
		 * {@code cancelled_by} say it: admins act as the store.
		 */
		String cancelledBy() {
			return (this == ADMIN) ? STAFF.code : this.code;
		}

	}

}
