package com.jainshikanji.inventory.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Decides which stores a caller runs: admins every store, staff the stores in their
 * token, nobody else any. A refusal is a 403.
 */
@Component
public class StoreAccess {

	/**
	 * Refuses unless the user may manage the store's stock and purchase orders.
	 * @throws AccessDeniedException otherwise
	 */
	public void check(UUID storeId, @Nullable AuthenticatedUser user) {
		if (!mayManage(storeId, user)) {
			throw new AccessDeniedException("Not staff of store " + storeId);
		}
	}

	public boolean mayManage(UUID storeId, @Nullable AuthenticatedUser user) {
		return user != null && (user.isAdmin() || user.worksAt(storeId));
	}

}
