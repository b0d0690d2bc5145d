package com.jainshikanji.customer.profile;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.audit.AuditLog;
import com.jainshikanji.common.audit.AuditLog.AuditEvent;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StaffJob;

/**
 * The accounts side of customers, for the identity feature: create accounts, look them up
 * for authentication, note logins and keep staff memberships. The only public way into
 * this package's aggregate.
 */
@Service
public class CustomerAccounts {

	/**
	 * Advisory lock class for "an account with this email is being created"
	 * ({@code pg_advisory_xact_lock(class, hashtext(email))}).
	 */
	private static final int EMAIL_LOCK = 0x43_55_53_01;

	private static final String TARGET = "customer";

	private final Customers customers;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	CustomerAccounts(Customers customers, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.customers = customers;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Registers a customer and, in the same transaction, records
	 * {@code CustomerRegistered} for publication.
	 */
	@Transactional
	public Account register(NewAccount account) {
		lockEmail(account.email());
		if (this.customers.existsByEmail(account.email())) {
			throw new EmailAlreadyRegistered();
		}
		if (account.phone() != null && this.customers.existsByPhone(account.phone().e164())) {
			throw new PhoneInUse();
		}
		return this.customers.save(Customer.register(account, this.clock.instant())).toAccount();
	}

	/**
	 * Creates the account with the given roles unless an account with this email exists;
	 * an existing account is returned unchanged (never silently promoted). Safe when
	 * several instances start at once: they take turns, and all but the first find the
	 * account the first created.
	 */
	@Transactional
	public Account provisionIfAbsent(NewAccount account, Set<Role> roles) {
		lockEmail(account.email());
		Optional<Customer> existing = this.customers.findByEmail(account.email());
		if (existing.isPresent()) {
			return existing.get().toAccount();
		}
		Customer created = this.customers
			.save(Customer.provision(account, EnumSet.copyOf(roles), this.clock.instant()));
		this.auditLog.record(AuditEvent.of("customer.provisioned", TARGET, created.id())
			.with("email", created.email())
			.with("roles", created.roles().stream().map(Role::name).sorted().toList()));
		return created.toAccount();
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
	 * The store service reports that the user works at the store, as of a revision of
	 * that membership; applied only if newer than what is applied already, job included.
	 * @param job the job at the store, {@code null} if the report names none this service
	 * knows: the user then works there but may do no store duty
	 */
	@Transactional
	public MembershipUpdate assignToStore(UUID userId, UUID storeId, UUID staffId, long revision,
			@Nullable StaffJob job) {
		return changeMembership(userId, storeId, staffId, revision, job, true);
	}

	/**
	 * The store service reports that the user no longer works at the store; applied only
	 * if newer than what is applied already, and remembered even if no assignment was
	 * seen yet.
	 */
	@Transactional
	public MembershipUpdate unassignFromStore(UUID userId, UUID storeId, UUID staffId, long revision) {
		return changeMembership(userId, storeId, staffId, revision, null, false);
	}

	private MembershipUpdate changeMembership(UUID userId, UUID storeId, UUID staffId, long revision,
			@Nullable StaffJob job, boolean assign) {
		Optional<Customer> found = this.customers.findById(userId);
		if (found.isEmpty()) {
			return MembershipUpdate.UNKNOWN_USER;
		}
		Customer customer = found.get();
		boolean wasStaff = customer.isStaff();
		Instant now = this.clock.instant();
		boolean changed = assign ? customer.assignToStore(storeId, staffId, revision, job, now)
				: customer.unassignFromStore(storeId, staffId, revision, now);
		if (!changed) {
			return MembershipUpdate.STALE;
		}
		AuditEvent event = AuditEvent
			.of(assign ? "customer.store-assigned" : "customer.store-unassigned", TARGET, userId)
			.atStore(storeId)
			.with("staffId", staffId)
			.with("revision", revision)
			.with("jobRole", job);
		if (wasStaff != customer.isStaff()) {
			event = event.with("staffRole", customer.isStaff() ? "granted" : "revoked");
		}
		this.auditLog.record(event);
		return MembershipUpdate.APPLIED;
	}

	/**
	 * Marks the account's address verified, if it is still the given one, and publishes
	 * {@code CustomerVerified} in the same transaction (once).
	 * @return whether it became verified now
	 */
	@Transactional
	public boolean verifyEmail(UUID id, String email) {
		Optional<Customer> customer = this.customers.findById(id);
		if (customer.isEmpty() || !customer.get().verifyEmail(email, this.clock.instant())) {
			return false;
		}
		this.customers.save(customer.get());
		return true;
	}

	/**
	 * Replaces the account's password hash and publishes {@code PasswordChanged} in the
	 * same transaction.
	 */
	@Transactional
	public void changePassword(UUID id, String passwordHash) {
		Customer customer = this.customers.findById(id).orElseThrow(() -> new CustomerNotFound(id.toString()));
		customer.changePassword(passwordHash, this.clock.instant());
		this.customers.save(customer);
	}

	/**
	 * Deactivates the account, or reactivates it, and tells the owner (the caller ends
	 * the sessions of an account it deactivates, in the same transaction).
	 * @return whether the account's state changed
	 * @throws CustomerNotFound when nobody has the id
	 */
	@Transactional
	public boolean changeActive(UUID id, boolean active) {
		Customer customer = this.customers.lock(id).orElseThrow(() -> new CustomerNotFound(id.toString()));
		boolean changed = customer.changeActive(active, this.clock.instant());
		// Saved for its event (AccountStatusChanged), which only a save publishes.
		this.customers.save(customer);
		return changed;
	}

	/** Notes a successful login, without touching the aggregate's version. */
	@Transactional
	public void recordLogin(UUID id) {
		this.customers.recordLogin(id, this.clock.instant());
	}

	/**
	 * Makes creations of accounts with one email take turns until the end of the
	 * transaction, so checking whether the email is free and inserting are one step.
	 */
	private void lockEmail(String email) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:email))")
			.param("lockClass", EMAIL_LOCK)
			.param("email", email)
			.query()
			.listOfRows();
	}

	/**
	 * The users whose stores or jobs changed after the instant, as they are now, with
	 * when: their access tokens issued before carry the old ones.
	 */
	@Transactional(readOnly = true)
	public List<AccessChange> accessChangedSince(Instant since) {
		return this.customers.findByAccessChangedAtAfter(since)
			.stream()
			.map((customer) -> new AccessChange(customer.toAccount(),
					Objects.requireNonNull(customer.accessChangedAt())))
			.toList();
	}

	/**
	 * A user's access changed.
	 *
	 * @param account the user's account as it is now, with the stores and jobs the change
	 * left
	 * @param changedAt when
	 */
	public record AccessChange(Account account, Instant changedAt) {
	}

}
