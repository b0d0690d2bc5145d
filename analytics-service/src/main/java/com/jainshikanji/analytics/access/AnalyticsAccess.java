package com.jainshikanji.analytics.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.jainshikanji.analytics.staff.StaffRoster;
import com.jainshikanji.analytics.stores.StoreDirectory;
import com.jainshikanji.analytics.stores.StoreEntry;
import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;

/**
 * Whose figures a caller may see. Admins: every store, or the one they name. Staff: the
 * stores they manage, which takes both the access token (the stores they work at, as the
 * identity service last issued it) and the roster (their job there is MANAGER, as the
 * store service last said); a chef or cashier sees nothing. Everybody else: nothing.
 */
@Component
public class AnalyticsAccess {

	private final StaffRoster roster;

	private final StoreDirectory stores;

	AnalyticsAccess(StaffRoster roster, StoreDirectory stores) {
		this.roster = roster;
		this.stores = stores;
	}

	/**
	 * @param storeId the store asked for, or {@code null} for every store the caller may
	 * see
	 * @throws StoreNotManaged (403) when staff ask for a store they do not manage, or
	 * manage none
	 */
	public Scope scope(AuthenticatedUser user, @Nullable UUID storeId) {
		if (user.isAdmin()) {
			if (storeId != null) {
				return new Scope(List.of(storeId), false, this.stores.zoneOf(storeId));
			}
			return new Scope(this.stores.all().stream().map(StoreEntry::storeId).toList(), true,
					this.stores.defaultZone());
		}
		if (!user.hasRole(Role.STAFF)) {
			throw new AccessDeniedException("Figures are for admins and store managers");
		}
		Set<UUID> managed = managedStores(user);
		if (storeId != null) {
			if (!managed.contains(storeId)) {
				throw new StoreNotManaged(storeId);
			}
			return new Scope(List.of(storeId), false, this.stores.zoneOf(storeId));
		}
		if (managed.isEmpty()) {
			throw new NoStoreManaged();
		}
		List<UUID> storeIds = List.copyOf(managed);
		return new Scope(storeIds, false,
				(storeIds.size() == 1) ? this.stores.zoneOf(storeIds.getFirst()) : this.stores.defaultZone());
	}

	/** The stores whose figures the caller may see. */
	public List<StoreEntry> visibleStores(AuthenticatedUser user) {
		if (user.isAdmin()) {
			return this.stores.all();
		}
		if (!user.hasRole(Role.STAFF)) {
			throw new AccessDeniedException("Figures are for admins and store managers");
		}
		Set<UUID> managed = managedStores(user);
		List<StoreEntry> listed = this.stores.of(managed);
		// A managed store without figures yet is still the manager's to choose.
		Set<UUID> missing = new LinkedHashSet<>(managed);
		listed.forEach((entry) -> missing.remove(entry.storeId()));
		List<StoreEntry> all = new java.util.ArrayList<>(listed);
		missing.forEach((id) -> all.add(new StoreEntry(id, null, this.stores.defaultZone(), false)));
		return all;
	}

	private Set<UUID> managedStores(AuthenticatedUser user) {
		Set<UUID> managed = new LinkedHashSet<>(this.roster.managedStores(user.id()));
		managed.removeIf((store) -> !user.worksAt(store));
		return managed;
	}

}
