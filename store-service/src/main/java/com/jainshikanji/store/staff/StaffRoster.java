package com.jainshikanji.store.staff;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.store.store.StoreCatalog;
import com.jainshikanji.store.store.StoreManagers;

/**
 * Who works at which store, and as what. Changes are saved through the repository so the
 * events they record reach the outbox in the same transaction.
 */
@Service
class StaffRoster implements StoreManagers {

	private final StaffMembers members;

	private final StoreCatalog stores;

	private final Clock clock;

	StaffRoster(StaffMembers members, StoreCatalog stores, Clock clock) {
		this.members = members;
		this.stores = stores;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isActiveManager(UUID storeId, UUID userId) {
		return this.members.existsByStoreIdAndUserIdAndRoleAndActiveTrue(storeId, userId, StaffRole.MANAGER);
	}

	/** Active staff first, then by name. */
	@Transactional(readOnly = true)
	List<StaffResponse> staff(UUID storeId) {
		this.stores.requireExists(storeId);
		return this.members.findByStoreIdOrderByActiveDescNameAscIdAsc(storeId)
			.stream()
			.map(StaffMember::toResponse)
			.toList();
	}

	@Transactional(readOnly = true)
	StaffResponse member(UUID storeId, UUID staffId) {
		return load(storeId, staffId).toResponse();
	}

	@Transactional
	StaffResponse assign(UUID storeId, UUID userId, StaffDetails details) {
		this.stores.requireExists(storeId);
		this.members.findByStoreIdAndUserId(storeId, userId).ifPresent((existing) -> {
			throw new StaffAlreadyAssigned(userId, storeId, existing.id());
		});
		return this.members.save(StaffMember.assign(storeId, userId, details, this.clock.instant())).toResponse();
	}

	@Transactional
	StaffResponse change(UUID storeId, UUID staffId, StaffDetails details, boolean active) {
		StaffMember member = load(storeId, staffId);
		member.change(details, active, this.clock.instant());
		return this.members.saveAndFlush(member).toResponse();
	}

	@Transactional
	void deactivate(UUID storeId, UUID staffId) {
		StaffMember member = load(storeId, staffId);
		member.deactivate(this.clock.instant());
		this.members.save(member);
	}

	private StaffMember load(UUID storeId, UUID staffId) {
		return this.members.findByIdAndStoreId(staffId, storeId).orElseThrow(() -> new StaffNotFound(storeId, staffId));
	}

}
