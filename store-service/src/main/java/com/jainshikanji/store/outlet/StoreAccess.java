package com.jainshikanji.store.outlet;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;

/**
 * Who may run a store's staff, hours and delivery zones: an admin, or a STAFF user who is
 * that store's active manager according to this service's own staff table. The token's
 * {@code store_ids} and {@code store_jobs} say the same, but may be up to a token
 * lifetime behind; the staff table is current, so a manager who is deactivated or demoted
 * loses access here at once.
 */
@Component
public class StoreAccess {

	private final StoreManagers managers;

	StoreAccess(StoreManagers managers) {
		this.managers = managers;
	}

	public boolean mayManage(UUID storeId, @Nullable AuthenticatedUser user) {
		return user != null
				&& (user.isAdmin() || (user.hasRole(Role.STAFF) && this.managers.isActiveManager(storeId, user.id())));
	}

	/** Refuses (403) anyone but an admin or the store's active manager. */
	public void requireManager(UUID storeId, @Nullable AuthenticatedUser user) {
		if (!mayManage(storeId, user)) {
			throw new AccessDeniedException("Not a manager of store " + storeId);
		}
	}

}
