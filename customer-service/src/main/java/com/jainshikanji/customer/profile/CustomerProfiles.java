package com.jainshikanji.customer.profile;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.customer.catalog.InventoryClient;

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

	private final InventoryClient catalog;

	private final TransactionOperations transactions;

	CustomerProfiles(Customers customers, AuditLog auditLog, Clock clock, InventoryClient catalog,
			TransactionOperations transactions) {
		this.customers = customers;
		this.auditLog = auditLog;
		this.clock = clock;
		this.catalog = catalog;
		this.transactions = transactions;
	}

	@Transactional(readOnly = true)
	ProfileResponse profile(CustomerRef ref) {
		return load(ref).toProfile();
	}

	/**
	 * A user as another service of the platform may see them: that they exist, and their
	 * roles. A deactivated account is nobody to them: nothing new may refer to it (a
	 * staff assignment, a points adjustment).
	 * @throws CustomerNotFound when nobody has the id, or its account is deactivated
	 */
	@Transactional(readOnly = true)
	UserResponse user(UUID userId) {
		return this.customers.findById(userId)
			.filter(Customer::isActive)
			.map(UserResponse::of)
			.orElseThrow(() -> new CustomerNotFound(userId.toString()));
	}

	@Transactional
	ProfileResponse changeProfile(CustomerRef ref, ProfileChange change) {
		Customer customer = lockForChange(ref);
		if (change.phone() != null && this.customers.existsByPhoneAndIdNot(change.phone().e164(), ref.id())) {
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
	AddressResponse changeAddress(CustomerRef ref, UUID addressId, AddressDetails details, DefaultChoice choice) {
		Customer customer = lockForChange(ref);
		AddressDetails before = customer.address(addressId).details();
		boolean wasDefault = customer.address(addressId).isDefault();
		Address address = customer.changeAddress(addressId, details, choice, this.clock.instant());
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

	/**
	 * Marks a product as a favourite. A product new to the list must be in the catalog,
	 * so that every favourite is one an app can show; the inventory service is asked
	 * before the transaction, so no row lock or connection is held while it answers. One
	 * already a favourite is not asked about again: it was checked when first added, and
	 * repeating the request works while the inventory service is away. A product the
	 * catalog does not list is refused (422 {@code unknown-product}), and so is a new one
	 * while the inventory service cannot say (503 {@code service-unavailable}).
	 */
	void addFavorite(CustomerRef ref, UUID productId) {
		if (!this.customers.hasFavorite(ref.id(), productId)) {
			this.catalog.requireListed(productId);
		}
		this.transactions.executeWithoutResult((transaction) -> {
			if (lockForChange(ref).addFavorite(productId, this.clock.instant())) {
				audit(ref, AuditEvent.of("customer.favorite-added", TARGET, ref.id()).with("productId", productId));
			}
		});
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
