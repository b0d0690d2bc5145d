package com.jainshikanji.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as proven by a verified access token. Controllers receive it with
 * {@code @AuthenticationPrincipal AuthenticatedUser user}.
 *
 * @param id the user id (token subject), the same in every service
 * @param roles the user's roles
 * @param storeIds for staff, the stores they work at; empty otherwise
 */
public record AuthenticatedUser(UUID id, Set<Role> roles, Set<UUID> storeIds) {

	public AuthenticatedUser {
		roles = Set.copyOf(roles);
		storeIds = Set.copyOf(storeIds);
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

	/** Whether this user is the given user, or an admin acting for them. */
	public boolean isSelfOrAdmin(UUID userId) {
		return this.id.equals(userId) || isAdmin();
	}

	/** Whether this user is staff of the given store. */
	public boolean worksAt(UUID storeId) {
		return hasRole(Role.STAFF) && this.storeIds.contains(storeId);
	}

}
