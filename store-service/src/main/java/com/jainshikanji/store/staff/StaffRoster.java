package com.jainshikanji.store.staff;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.store.audit.Changes;
import com.jainshikanji.store.outlet.StoreCatalog;
import com.jainshikanji.store.outlet.StoreManagers;
import com.jainshikanji.store.users.CustomerClient;

/**
 * Who works at which store, and as what. Changes are saved through the repository so the
 * events they record reach the outbox in the same transaction, as does the audit entry of
 * each change: {@code staff.assigned}, {@code staff.role-changed},
 * {@code staff.deactivated}, {@code staff.reactivated} and {@code staff.updated} (name,
 * email, phone or hire date).
 */
@Service
class StaffRoster implements StoreManagers {

	static final String STAFF = "staff";

	private final StaffMembers members;

	private final StoreCatalog stores;

	private final AuditLog auditLog;

	private final Clock clock;

	private final CustomerClient users;

	private final TransactionOperations transactions;

	private final AccountStatuses accounts;

	StaffRoster(StaffMembers members, StoreCatalog stores, AuditLog auditLog, Clock clock, CustomerClient users,
			TransactionOperations transactions, AccountStatuses accounts) {
		this.members = members;
		this.stores = stores;
		this.auditLog = auditLog;
		this.clock = clock;
		this.users = users;
		this.transactions = transactions;
		this.accounts = accounts;
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
		List<StaffMember> staff = this.members.findByStoreIdOrderByActiveDescNameAscIdAsc(storeId);
		Set<UUID> deactivated = this.accounts.deactivatedAmong(staff.stream().map(StaffMember::userId).toList());
		return staff.stream().map((member) -> member.toResponse(!deactivated.contains(member.userId()))).toList();
	}

	@Transactional(readOnly = true)
	StaffResponse member(UUID storeId, UUID staffId) {
		return toResponse(load(storeId, staffId));
	}

	/**
	 * Puts a user to work at the store. The user must be one the identity service knows:
	 * this service keeps no users of its own, and a membership of a user who does not
	 * exist would reach no one's tokens (customer-service could only log its
	 * {@code StaffAssigned} as naming an unknown user). The customer service is asked
	 * before the transaction, so no connection is held while it answers; an unknown user
	 * is refused (422 {@code unknown-user}), and so is every user while the customer
	 * service cannot say (503 {@code service-unavailable}): nothing is assigned then.
	 */
	StaffResponse assign(UUID storeId, UUID userId, StaffDetails details) {
		this.stores.requireExists(storeId);
		requireNoRecord(storeId, userId);
		this.users.requireUser(userId);
		StaffResponse assigned = this.transactions.execute((transaction) -> {
			this.stores.requireExists(storeId);
			requireNoRecord(storeId, userId);
			StaffMember member = this.members.save(StaffMember.assign(storeId, userId, details, this.clock.instant()));
			this.auditLog.record(event("staff.assigned", member).with("role", details.role()));
			return toResponse(member);
		});
		return Objects.requireNonNull(assigned);
	}

	private void requireNoRecord(UUID storeId, UUID userId) {
		this.members.findByStoreIdAndUserId(storeId, userId).ifPresent((existing) -> {
			throw new StaffAlreadyAssigned(userId, storeId, existing.id());
		});
	}

	/**
	 * Changes a staff record. Putting a stood-down member back to work asks the customer
	 * service again, as an assignment does (the record may be older than that check, or
	 * the user gone since): 422 {@code unknown-user}, or 503 while it cannot say.
	 */
	StaffResponse change(UUID storeId, UUID staffId, StaffDetails details, boolean active) {
		StaffMember current = load(storeId, staffId);
		if (active && !current.isActive()) {
			this.users.requireUser(current.userId());
		}
		StaffResponse changed = this.transactions
			.execute((transaction) -> change(load(storeId, staffId), details, active));
		return Objects.requireNonNull(changed);
	}

	private StaffResponse change(StaffMember member, StaffDetails details, boolean active) {
		StaffDetails before = member.details();
		boolean wasActive = member.isActive();
		member.change(details, active, this.clock.instant());
		StaffResponse changed = toResponse(this.members.saveAndFlush(member));
		if (before.role() != details.role()) {
			this.auditLog
				.record(event("staff.role-changed", member).with("from", before.role()).with("to", details.role()));
		}
		if (wasActive != active) {
			this.auditLog.record(event(active ? "staff.reactivated" : "staff.deactivated", member));
		}
		var personal = Changes.between(before.personalFields(), details.personalFields());
		if (!personal.isEmpty()) {
			this.auditLog.record(event("staff.updated", member).with("changes", personal));
		}
		return changed;
	}

	/**
	 * Stops the user working at the store; removing an inactive record changes nothing.
	 */
	@Transactional
	void deactivate(UUID storeId, UUID staffId) {
		StaffMember member = load(storeId, staffId);
		if (!member.isActive()) {
			return;
		}
		member.deactivate(this.clock.instant());
		this.members.save(member);
		this.auditLog.record(event("staff.deactivated", member));
	}

	private StaffResponse toResponse(StaffMember member) {
		return member.toResponse(this.accounts.isActive(member.userId()));
	}

	private StaffMember load(UUID storeId, UUID staffId) {
		return this.members.findByIdAndStoreId(staffId, storeId).orElseThrow(() -> new StaffNotFound(storeId, staffId));
	}

	private static AuditEvent event(String action, StaffMember member) {
		return AuditEvent.of(action, STAFF, member.id()).atStore(member.storeId()).with("userId", member.userId());
	}

}
