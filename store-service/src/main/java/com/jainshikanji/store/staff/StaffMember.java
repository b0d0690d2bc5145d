package com.jainshikanji.store.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;

/**
 * A user's job at one store. Every change that alters whether, or as what, the user works
 * at the store records an event, published with the change when the record is saved:
 * {@link StaffAssigned} when the record becomes active or changes role while active,
 * {@link StaffUnassigned} when it is deactivated; an operator can have the current state
 * published again ({@link #announce()}).
 *
 * <p>
 * These events are how the rest of the platform learns where staff work: the identity
 * service (customer-service) consumes them and puts the user's stores into the
 * {@code store_ids} claim of their next access tokens, which other services check with
 * {@code AuthenticatedUser.worksAt}. The claim says only that a user works at a store;
 * whether they manage it, this service answers from this table (see {@code StoreAccess}).
 */
@Entity
@Table(name = "staff")
class StaffMember extends AbstractAggregateRoot<StaffMember> {

	@Id
	private UUID id;

	private UUID storeId;

	private UUID userId;

	private String name;

	private @Nullable String email;

	private @Nullable String phone;

	@Enumerated(EnumType.STRING)
	private StaffRole role;

	@Column(name = "is_active")
	private boolean active;

	private @Nullable LocalDate hireDate;

	private @Nullable Instant deactivatedAt;

	private Instant createdAt;

	private Instant updatedAt;

	/**
	 * Grows with every membership event, which carries it, so consumers can tell a
	 * retried, older event from the latest one. Not the JPA version: that also grows with
	 * changes no consumer cares about (a new phone number).
	 */
	private long membershipRevision;

	@Version
	private @Nullable Long version;

	protected StaffMember() {
	}

	private StaffMember(UUID storeId, UUID userId, Instant now) {
		this.id = UUID.randomUUID();
		this.storeId = storeId;
		this.userId = userId;
		this.createdAt = now;
	}

	/** Puts a user to work at a store. */
	static StaffMember assign(UUID storeId, UUID userId, StaffDetails details, Instant now) {
		StaffMember member = new StaffMember(storeId, userId, now);
		member.describe(details, now);
		member.activate(now);
		return member;
	}

	/**
	 * Changes the record; {@code active} false deactivates it, true brings it back.
	 */
	void change(StaffDetails details, boolean active, Instant now) {
		StaffRole previousRole = this.role;
		describe(details, now);
		if (active && !this.active) {
			activate(now);
		}
		else if (!active && this.active) {
			deactivate(now);
		}
		else if (this.active && previousRole != this.role) {
			registerEvent(assigned());
		}
	}

	/** Stops the user working at the store; a record already inactive stays as it is. */
	void deactivate(Instant now) {
		if (!this.active) {
			return;
		}
		this.active = false;
		this.deactivatedAt = now;
		this.updatedAt = now;
		registerEvent(unassigned());
	}

	/**
	 * Publishes the membership as it stands, as its next revision: {@link StaffAssigned}
	 * with the current job while active, {@link StaffUnassigned} otherwise. Nothing the
	 * API shows changes, {@code updatedAt} included; the revision does, and so the JPA
	 * version, which lets a concurrent change of the record win over the announcement
	 * (see {@code StaffAnnouncements}).
	 */
	void announce() {
		if (this.active) {
			registerEvent(assigned());
		}
		else {
			registerEvent(unassigned());
		}
	}

	private void activate(Instant now) {
		this.active = true;
		this.deactivatedAt = null;
		this.updatedAt = now;
		registerEvent(assigned());
	}

	private void describe(StaffDetails details, Instant now) {
		this.name = details.name();
		this.email = details.email();
		this.phone = details.phone();
		this.role = details.role();
		this.hireDate = details.hireDate();
		this.updatedAt = now;
	}

	private StaffAssigned assigned() {
		return new StaffAssigned(this.id, this.userId, this.storeId, this.role.name(), ++this.membershipRevision);
	}

	private StaffUnassigned unassigned() {
		return new StaffUnassigned(this.id, this.userId, this.storeId, ++this.membershipRevision);
	}

	UUID id() {
		return this.id;
	}

	UUID storeId() {
		return this.storeId;
	}

	UUID userId() {
		return this.userId;
	}

	boolean isActive() {
		return this.active;
	}

	StaffDetails details() {
		return new StaffDetails(this.name, this.email, this.phone, this.role, this.hireDate);
	}

	/**
	 * The membership events recorded and not yet published; saving the record through its
	 * repository publishes them (to the outbox) and clears them.
	 */
	Collection<Object> events() {
		return domainEvents();
	}

	/**
	 * The record as the API shows it.
	 * @param accountActive whether the member's account may be used
	 */
	StaffResponse toResponse(boolean accountActive) {
		return new StaffResponse(this.id, this.storeId, this.userId, this.name, this.email, this.phone, this.role,
				this.active, accountActive, this.hireDate, this.deactivatedAt, this.createdAt, this.updatedAt);
	}

}
