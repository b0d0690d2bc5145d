package com.jainshikanji.common.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as proven by a verified access token. Controllers receive it with
 * {@code @AuthenticationPrincipal AuthenticatedUser user}.
 *
 * @param id the user id (token subject), the same in every service
 * @param roles the user's roles
 * @param storeIds for staff, the stores they work at; empty otherwise
 * @param jobs for staff, their job at each store they work at, where the token names one;
 * a store without one allows no {@link StoreDuty} there
 */
public record AuthenticatedUser(UUID id, Set<Role> roles, Set<UUID> storeIds, Map<UUID, StaffJob> jobs) {

	public AuthenticatedUser {
		roles = Set.copyOf(roles);
		storeIds = Set.copyOf(storeIds);
		jobs = Map.copyOf(jobs);
	}

	/** Someone with no job at any store (customers, admins, services). */
	public AuthenticatedUser(UUID id, Set<Role> roles, Set<UUID> storeIds) {
		this(id, roles, storeIds, Map.of());
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

	/**
	 * Whether this user may do the duty at the store: an admin anywhere, staff where they
	 * work and their job there is one the duty is for. Staff whose token names no job at
	 * the store (issued before jobs were carried) may not; the next token names it.
	 */
	public boolean may(StoreDuty duty, UUID storeId) {
		if (isAdmin()) {
			return true;
		}
		StaffJob job = this.jobs.get(storeId);
		return job != null && worksAt(storeId) && duty.isFor(job);
	}

}
