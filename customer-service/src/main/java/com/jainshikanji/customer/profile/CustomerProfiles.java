package com.jainshikanji.customer.profile;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;

/**
 * Use cases on a customer's own data: profile, address book, preferences, favorites. A
 * change an administrator makes on someone else's behalf is written to the audit log in
 * the same transaction; a customer's changes to their own data are not.
 */
@Service
class CustomerProfiles {

	private static final String TARGET = "customer";

	private final Customers customers;

	private final AuditLog auditLog;

	private final Clock clock;

	CustomerProfiles(Customers customers, AuditLog auditLog, Clock clock) {
		this.customers = customers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ProfileResponse profile(CustomerRef ref) {
		return load(ref).toProfile();
	}

	@Transactional
	ProfileResponse changeProfile(CustomerRef ref, ProfileChange change) {
		Customer customer = lockForChange(ref);
		if (change.phone() != null && this.customers.existsByPhoneAndIdNot(change.phone(), ref.id())) {
			throw new PhoneInUse();
		}
		ProfileChange before = customer.profile();
		customer.changeProfile(change, this.clock.instant());
		audit(ref, AuditEvent.of("customer.profile-changed", TARGET, ref.id())
			.with("changes", Changes.between(before, change)));
		return customer.toProfile();
	}

	@Transactional(readOnly = true)
	List<AddressResponse> addresses(CustomerRef ref) {
		return load(ref).addresses().stream().map(Address::toResponse).toList();
	}

	@Transactional(readOnly = true)
	AddressResponse address(CustomerRef ref, UUID addressId) {
		return load(ref).address(addressId).toResponse();
	}

	@Transactional
	AddressResponse addAddress(CustomerRef ref, AddressDetails details, boolean makeDefault) {
		Customer customer = lockForChange(ref);
		Address address = customer.addAddress(details, makeDefault, this.clock.instant());
		this.customers.flush();
		audit(ref,
				AuditEvent.of("customer.address-added", TARGET, ref.id())
					.with("addressId", address.id())
					.with("address", details)
					.with("default", address.isDefault()));
		return address.toResponse();
	}

	@Transactional
	AddressResponse changeAddress(CustomerRef ref, UUID addressId, AddressDetails details, boolean makeDefault) {
		Customer customer = lockForChange(ref);
		AddressDetails before = customer.address(addressId).details();
		boolean wasDefault = customer.address(addressId).isDefault();
		Address address = customer.changeAddress(addressId, details, makeDefault, this.clock.instant());
		this.customers.flush();
		audit(ref,
				AuditEvent.of("customer.address-changed", TARGET, ref.id())
					.with("addressId", addressId)
					.with("changes", Changes.between(before, details))
					.with("madeDefault", address.isDefault() && !wasDefault));
		return address.toResponse();
	}

	@Transactional
	void removeAddress(CustomerRef ref, UUID addressId) {
		Address removed = lockForChange(ref).removeAddress(addressId, this.clock.instant());
		audit(ref,
				AuditEvent.of("customer.address-removed", TARGET, ref.id())
					.with("addressId", addressId)
					.with("address", removed.details()));
	}

	@Transactional(readOnly = true)
	PreferencesResponse preferences(CustomerRef ref) {
		return load(ref).preferences().toResponse();
	}

	@Transactional
	PreferencesResponse changePreferences(CustomerRef ref, PreferencesChange change) {
		Customer customer = lockForChange(ref);
		PreferencesChange before = customer.preferences().current();
		customer.changePreferences(change, this.clock.instant());
		audit(ref, AuditEvent.of("customer.preferences-changed", TARGET, ref.id())
			.with("changes", Changes.between(before, change)));
		return customer.preferences().toResponse();
	}

	@Transactional(readOnly = true)
	List<FavoriteResponse> favorites(CustomerRef ref) {
		return load(ref).favorites().stream().map(FavoriteResponse::of).toList();
	}

	@Transactional
	void addFavorite(CustomerRef ref, UUID productId) {
		if (lockForChange(ref).addFavorite(productId, this.clock.instant())) {
			audit(ref, AuditEvent.of("customer.favorite-added", TARGET, ref.id()).with("productId", productId));
		}
	}

	@Transactional
	void removeFavorite(CustomerRef ref, UUID productId) {
		if (lockForChange(ref).removeFavorite(productId, this.clock.instant())) {
			audit(ref, AuditEvent.of("customer.favorite-removed", TARGET, ref.id()).with("productId", productId));
		}
	}

	private void audit(CustomerRef ref, AuditEvent event) {
		if (ref.onBehalf()) {
			this.auditLog.record(event);
		}
	}

	/**
	 * The customer for a change, locked until the transaction ends: two apps changing the
	 * same customer at once are served one after the other instead of one getting a 409
	 * (a client cannot send a version, so a 409 only asked it to send the same request
	 * again).
	 */
	private Customer lockForChange(CustomerRef ref) {
		return this.customers.lock(ref.id()).orElseThrow(() -> new CustomerNotFound(ref.id().toString()));
	}

	private Customer load(CustomerRef ref) {
		return this.customers.findById(ref.id()).orElseThrow(() -> new CustomerNotFound(ref.id().toString()));
	}

}
