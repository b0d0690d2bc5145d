package com.jainshikanji.inventory.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StoreDuty;

/**
 * Decides what a caller may do at a store: admins everything at every store; staff see
 * everything of the stores in their token, and change it only as far as their job there
 * allows ({@link StoreDuty}); nobody else anything (but how a store's stock stands, see
 * {@link #seesUnitsAt}). A refusal is a 403.
 */
@Component
public class StoreAccess {

	/**
	 * Refuses unless the user may see the store's stock and purchase orders: staff of the
	 * store, whatever their job, and admins.
	 * @throws AccessDeniedException otherwise
	 */
	public void check(UUID storeId, @Nullable AuthenticatedUser user) {
		staffOrAdmin(storeId, user);
	}

	/**
	 * Refuses unless the user may do the duty at the store. Whoever may not even see the
	 * store is refused as by {@link #check(UUID, AuthenticatedUser)}; staff of the store
	 * whose job there does not allow the duty get a 403 that names the job and the duty.
	 * @throws AccessDeniedException if the user is not staff of the store (nor an admin)
	 * @throws com.jainshikanji.common.security.StoreDutyNotAllowed if their job at the
	 * store does not allow the duty
	 */
	public void check(UUID storeId, @Nullable AuthenticatedUser user, StoreDuty duty) {
		duty.requireOf(staffOrAdmin(storeId, user), storeId);
	}

	/**
	 * Whether the user may see how many units of each product the store has: staff of the
	 * store, whatever their job, admins, and other platform services (order placement
	 * prices an order with them). Everyone else, customers first, sees only whether a
	 * product is in stock, low or out: a store's exact stock is its business.
	 */
	public boolean seesUnitsAt(UUID storeId, @Nullable AuthenticatedUser user) {
		return user != null && (user.isAdmin() || user.hasRole(Role.SERVICE) || user.worksAt(storeId));
	}

	private static AuthenticatedUser staffOrAdmin(UUID storeId, @Nullable AuthenticatedUser user) {
		if (user == null || !(user.isAdmin() || user.worksAt(storeId))) {
			throw new AccessDeniedException("Not staff of store " + storeId);
		}
		return user;
	}

}
