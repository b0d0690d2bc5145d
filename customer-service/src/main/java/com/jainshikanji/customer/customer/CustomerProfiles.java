package com.jainshikanji.customer.customer;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on a customer's own data: profile, address book, preferences, favorites. */
@Service
class CustomerProfiles {

	private final Customers customers;

	private final Clock clock;

	CustomerProfiles(Customers customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ProfileResponse profile(UUID customerId) {
		return load(customerId).toProfile();
	}

	@Transactional
	ProfileResponse changeProfile(UUID customerId, UpdateProfileRequest request) {
		Customer customer = load(customerId);
		ProfileChange change = request.toChange();
		if (change.phone() != null && this.customers.existsByPhoneAndIdNot(change.phone(), customerId)) {
			throw new PhoneInUse();
		}
		customer.changeProfile(change, this.clock.instant());
		return customer.toProfile();
	}

	@Transactional(readOnly = true)
	List<AddressResponse> addresses(UUID customerId) {
		return load(customerId).addresses().stream().map(Address::toResponse).toList();
	}

	@Transactional(readOnly = true)
	AddressResponse address(UUID customerId, UUID addressId) {
		return load(customerId).address(addressId).toResponse();
	}

	@Transactional
	AddressResponse addAddress(UUID customerId, AddressRequest request) {
		Customer customer = load(customerId);
		Address address = customer.addAddress(request.toDetails(), request.makeDefault(), this.clock.instant());
		this.customers.flush();
		return address.toResponse();
	}

	@Transactional
	AddressResponse changeAddress(UUID customerId, UUID addressId, AddressRequest request) {
		Customer customer = load(customerId);
		Address address = customer.changeAddress(addressId, request.toDetails(), request.makeDefault(),
				this.clock.instant());
		this.customers.flush();
		return address.toResponse();
	}

	@Transactional
	void removeAddress(UUID customerId, UUID addressId) {
		load(customerId).removeAddress(addressId, this.clock.instant());
	}

	@Transactional(readOnly = true)
	PreferencesResponse preferences(UUID customerId) {
		return load(customerId).preferences().toResponse();
	}

	@Transactional
	PreferencesResponse changePreferences(UUID customerId, PreferencesRequest request) {
		Customer customer = load(customerId);
		customer.changePreferences(request, this.clock.instant());
		return customer.preferences().toResponse();
	}

	@Transactional(readOnly = true)
	List<FavoriteResponse> favorites(UUID customerId) {
		return load(customerId).favorites().stream().map(FavoriteResponse::of).toList();
	}

	@Transactional
	boolean addFavorite(UUID customerId, UUID productId) {
		return load(customerId).addFavorite(productId, this.clock.instant());
	}

	@Transactional
	void removeFavorite(UUID customerId, UUID productId) {
		load(customerId).removeFavorite(productId, this.clock.instant());
	}

	private Customer load(UUID customerId) {
		return this.customers.findById(customerId).orElseThrow(() -> new CustomerNotFound(customerId.toString()));
	}

}
