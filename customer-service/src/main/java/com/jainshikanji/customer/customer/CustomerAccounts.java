package com.jainshikanji.customer.customer;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.security.Role;

/**
 * The accounts side of customers, for the identity feature: create accounts and look them
 * up for authentication. The only public way into this package's aggregate.
 */
@Service
public class CustomerAccounts {

	private final Customers customers;

	private final Clock clock;

	CustomerAccounts(Customers customers, Clock clock) {
		this.customers = customers;
		this.clock = clock;
	}

	/**
	 * Registers a customer and, in the same transaction, records
	 * {@code CustomerRegistered} for publication.
	 */
	@Transactional
	public Account register(NewAccount account) {
		if (this.customers.existsByEmail(account.email())) {
			throw new EmailAlreadyRegistered();
		}
		if (account.phone() != null && this.customers.existsByPhone(account.phone())) {
			throw new PhoneInUse();
		}
		return this.customers.save(Customer.register(account, this.clock.instant())).toAccount();
	}

	/**
	 * Creates the account with the given roles unless an account with this email exists;
	 * an existing account is returned unchanged (never silently promoted).
	 */
	@Transactional
	public Account provisionIfAbsent(NewAccount account, Set<Role> roles) {
		return this.customers.findByEmail(account.email())
			.orElseGet(
					() -> this.customers.save(Customer.provision(account, EnumSet.copyOf(roles), this.clock.instant())))
			.toAccount();
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByEmail(String email) {
		return this.customers.findByEmail(email).map(Customer::toAccount);
	}

	@Transactional(readOnly = true)
	public Optional<Account> findById(UUID id) {
		return this.customers.findById(id).map(Customer::toAccount);
	}

	/**
	 * Records that the user works at the store.
	 * @return {@code false} if there is no such user
	 */
	@Transactional
	public boolean assignToStore(UUID userId, UUID storeId, UUID staffId) {
		return this.customers.findById(userId).map((customer) -> {
			customer.assignToStore(storeId, staffId, this.clock.instant());
			return true;
		}).orElse(false);
	}

	/** Records that the user no longer works at the store. */
	@Transactional
	public void unassignFromStore(UUID userId, UUID storeId) {
		this.customers.findById(userId)
			.ifPresent((customer) -> customer.unassignFromStore(storeId, this.clock.instant()));
	}

	@Transactional
	public void recordLogin(UUID id) {
		this.customers.findById(id).ifPresent((customer) -> customer.recordLogin(this.clock.instant()));
	}

}
