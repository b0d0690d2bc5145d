package com.jainshikanji.customer.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.customer.AccountStatusChanged;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StaffJob;

/**
 * A user of the platform: identity (email, password hash, roles) and profile, with the
 * address book, preferences, favorites and store memberships it owns. Every change goes
 * through a method here, which keeps the invariants: an address book with addresses has
 * exactly one default; the STAFF role is held exactly while an active store membership
 * exists; roles, loyalty figures and verification flags change only through their own
 * methods, never from a request body.
 *
 * <p>
 * The time of the last login is not part of the aggregate: it is written by a single
 * statement that leaves the version alone, so logins never conflict with each other or
 * with edits.
 */
@Entity
@Table(name = "customers")
class Customer extends AbstractAggregateRoot<Customer> {

	static final int MAX_ADDRESSES = 20;

	static final int MAX_FAVORITES = 200;

	@Id
	private UUID id;

	private String email;

	private String passwordHash;

	/** In E.164 ({@link PhoneNumber}), the one form its unique index can compare. */
	private @Nullable String phone;

	private String firstName;

	private @Nullable String lastName;

	private @Nullable String displayName;

	private @Nullable LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	private @Nullable Gender gender;

	@Column(name = "is_active")
	private boolean active;

	private boolean emailVerified;

	private boolean phoneVerified;

	@Embedded
	private Loyalty loyalty;

	private Instant createdAt;

	private Instant updatedAt;

	/**
	 * When the stores the user works at, or the jobs there, last changed: access tokens
	 * issued before carry the old ones.
	 */
	private @Nullable Instant accessChangedAt;

	/**
	 * Any change bumps the version, so concurrent edits of one customer cannot silently
	 * overwrite each other.
	 */
	@Version
	private @Nullable Long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "customer_roles", joinColumns = @JoinColumn(name = "customer_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt")
	private List<Address> addresses = new ArrayList<>();

	@OneToOne(mappedBy = "customer", cascade = CascadeType.ALL, optional = false)
	private CustomerPreferences preferences;

	@ElementCollection
	@CollectionTable(name = "customer_favorites", joinColumns = @JoinColumn(name = "customer_id"))
	private Set<Favorite> favorites = new HashSet<>();

	/** Every store the user was ever reported at, removals kept as tombstones. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_memberships", joinColumns = @JoinColumn(name = "customer_id"))
	@MapKeyColumn(name = "store_id")
	private Map<UUID, StoreMembership> memberships = new HashMap<>();

	protected Customer() {
	}

	private Customer(UUID id, NewAccount account, Set<Role> roles, Instant now) {
		this.id = id;
		this.email = account.email();
		this.passwordHash = account.passwordHash();
		this.firstName = account.firstName();
		this.lastName = account.lastName();
		this.phone = e164(account.phone());
		this.active = true;
		this.loyalty = Loyalty.NEW_MEMBER;
		this.roles.addAll(roles);
		this.preferences = new CustomerPreferences(this, now);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A self-registered account: always and only a customer. */
	static Customer register(NewAccount account, Instant now) {
		Customer customer = new Customer(UUID.randomUUID(), account, Set.of(Role.CUSTOMER), now);
		customer
			.registerEvent(new CustomerRegistered(customer.id, customer.email, customer.firstName, customer.lastName));
		return customer;
	}

	/** An account created by the platform itself (bootstrap administrator). */
	static Customer provision(NewAccount account, Set<Role> roles, Instant now) {
		return new Customer(UUID.randomUUID(), account, roles, now);
	}

	void changeProfile(ProfileChange change, Instant now) {
		this.firstName = change.firstName();
		this.lastName = change.lastName();
		this.displayName = change.displayName();
		String phone = e164(change.phone());
		if (!Objects.equals(this.phone, phone)) {
			this.phone = phone;
			this.phoneVerified = false;
		}
		this.dateOfBirth = change.dateOfBirth();
		this.gender = change.gender();
		touch(now);
	}

	/**
	 * The owner proved that the given address is theirs (they used a verification link
	 * sent to it). Announced once: verifying again, or an address the account no longer
	 * has, changes nothing.
	 * @return whether the account's address became verified
	 */
	boolean verifyEmail(String address, Instant now) {
		if (this.emailVerified || !this.email.equals(address)) {
			return false;
		}
		this.emailVerified = true;
		touch(now);
		registerEvent(new CustomerVerified(this.id, this.email, now));
		return true;
	}

	/**
	 * Deactivates the account, or reactivates it: an administrator's decision (fraud,
	 * abuse, a staff member who left), which the owner is told of. The caller ends the
	 * sessions of an account it deactivates.
	 * @return whether the account's state changed
	 */
	boolean changeActive(boolean active, Instant now) {
		if (this.active == active) {
			return false;
		}
		this.active = active;
		touch(now);
		registerEvent(new AccountStatusChanged(this.id, this.email, this.firstName, active, now));
		return true;
	}

	boolean isActive() {
		return this.active;
	}

	/**
	 * Replaces the password (the caller ends every session of the account) and tells the
	 * owner, so a change they did not make does not go unnoticed.
	 */
	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		touch(now);
		registerEvent(new PasswordChanged(this.id, this.email, this.firstName, now));
	}

	/** The editable part of the profile as it is now. */
	ProfileChange profile() {
		return new ProfileChange(this.firstName, this.lastName, this.displayName,
				(this.phone != null) ? new PhoneNumber(this.phone) : null, this.dateOfBirth, this.gender);
	}

	private static @Nullable String e164(@Nullable PhoneNumber phone) {
		return (phone != null) ? phone.e164() : null;
	}

	/**
	 * The store service reports that the user works at the store, as of the given
	 * revision of that membership. A report older than (or as old as) the one already
	 * applied is ignored: retries can deliver events late, and a late assignment must not
	 * undo a later removal. A newer report replaces the job too: a job change comes as a
	 * new assignment.
	 * @param job the job there, {@code null} if the report names none this service knows
	 * (the user works there but may do no store duty)
	 * @return whether it changed anything
	 */
	boolean assignToStore(UUID storeId, UUID staffId, long revision, @Nullable StaffJob job, Instant now) {
		if (!isNewer(storeId, revision)) {
			return false;
		}
		this.memberships.put(storeId, StoreMembership.assigned(staffId, revision, job, now));
		return membershipsChanged(now);
	}

	/**
	 * The store service reports that the user no longer works at the store, as of the
	 * given revision. The membership stays as a tombstone with that revision, so an older
	 * assignment arriving later cannot bring it back; without any active membership left
	 * the user is no longer staff.
	 * @return whether it changed anything
	 */
	boolean unassignFromStore(UUID storeId, UUID staffId, long revision, Instant now) {
		if (!isNewer(storeId, revision)) {
			return false;
		}
		StoreMembership current = this.memberships.get(storeId);
		this.memberships.put(storeId, (current != null) ? current.unassigned(revision, now)
				: StoreMembership.removedBeforeAssigned(staffId, revision, now));
		return membershipsChanged(now);
	}

	private boolean isNewer(UUID storeId, long revision) {
		StoreMembership current = this.memberships.get(storeId);
		return current == null || revision > current.revision();
	}

	private boolean membershipsChanged(Instant now) {
		if (activeStores().isEmpty()) {
			this.roles.remove(Role.STAFF);
		}
		else {
			this.roles.add(Role.STAFF);
		}
		this.accessChangedAt = now;
		touch(now);
		return true;
	}

	/** The stores the user works at now. */
	Set<UUID> activeStores() {
		return this.memberships.entrySet()
			.stream()
			.filter((membership) -> membership.getValue().active())
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The user's job at each store they work at now, where one is known. */
	Map<UUID, StaffJob> activeJobs() {
		Map<UUID, StaffJob> jobs = new HashMap<>();
		this.memberships.forEach((store, membership) -> {
			StaffJob job = membership.job();
			if (membership.active() && job != null) {
				jobs.put(store, job);
			}
		});
		return Map.copyOf(jobs);
	}

	boolean isStaff() {
		return this.roles.contains(Role.STAFF);
	}

	/**
	 * Adds an address. The first address becomes the default whatever was asked; asking
	 * for a later one to be the default moves the default to it.
	 */
	Address addAddress(AddressDetails details, boolean makeDefault, Instant now) {
		if (this.addresses.size() >= MAX_ADDRESSES) {
			throw new AddressLimitReached(MAX_ADDRESSES);
		}
		Address address = new Address(this, details, now);
		this.addresses.add(address);
		if (makeDefault || this.addresses.size() == 1) {
			moveDefaultTo(address, now);
		}
		touch(now);
		return address;
	}

	/**
	 * Changes an address, and its default flag as asked: {@link DefaultChoice#AS_IS}
	 * leaves it, making it the default moves the default here, and making the current
	 * default not the default is refused, since the book must keep exactly one default
	 * (make another address the default instead).
	 */
	Address changeAddress(UUID addressId, AddressDetails details, DefaultChoice choice, Instant now) {
		Address address = address(addressId);
		if (choice == DefaultChoice.NOT_DEFAULT && address.isDefault()) {
			throw new DefaultAddressRequired(addressId);
		}
		address.change(details, now);
		if (choice == DefaultChoice.MAKE_DEFAULT) {
			moveDefaultTo(address, now);
		}
		touch(now);
		return address;
	}

	/**
	 * Removes an address; if it was the default, the most recently added remaining
	 * address takes over.
	 * @return the address removed
	 */
	Address removeAddress(UUID addressId, Instant now) {
		Address address = address(addressId);
		this.addresses.remove(address);
		if (address.isDefault()) {
			this.addresses.stream()
				.max(Comparator.comparing(Address::createdAt))
				.ifPresent((successor) -> successor.markDefault(true, now));
		}
		touch(now);
		return address;
	}

	Address address(UUID addressId) {
		return findAddress(addressId).orElseThrow(() -> new AddressNotFound(addressId));
	}

	private Optional<Address> findAddress(UUID addressId) {
		return this.addresses.stream().filter((address) -> address.id().equals(addressId)).findFirst();
	}

	private void moveDefaultTo(Address chosen, Instant now) {
		this.addresses.forEach((address) -> address.markDefault(address == chosen, now));
	}

	void changePreferences(PreferencesChange change, Instant now) {
		this.preferences.change(change, now);
		touch(now);
	}

	/**
	 * @return whether it was not a favorite before
	 */
	boolean addFavorite(UUID productId, Instant now) {
		if (isFavorite(productId)) {
			return false;
		}
		if (this.favorites.size() >= MAX_FAVORITES) {
			throw new FavoriteLimitReached(MAX_FAVORITES);
		}
		this.favorites.add(new Favorite(productId, now));
		touch(now);
		return true;
	}

	/**
	 * @return whether it was a favorite
	 */
	boolean removeFavorite(UUID productId, Instant now) {
		boolean removed = this.favorites.removeIf((favorite) -> favorite.productId().equals(productId));
		if (removed) {
			touch(now);
		}
		return removed;
	}

	private boolean isFavorite(UUID productId) {
		return this.favorites.stream().anyMatch((favorite) -> favorite.productId().equals(productId));
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	/** The events recorded and not yet published. */
	Collection<Object> events() {
		return domainEvents();
	}

	String email() {
		return this.email;
	}

	@Nullable String phone() {
		return this.phone;
	}

	Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	/** When the user's stores or jobs last changed; never, for most. */
	@Nullable Instant accessChangedAt() {
		return this.accessChangedAt;
	}

	Account toAccount() {
		return new Account(this.id, this.email, this.passwordHash, this.firstName, Set.copyOf(this.roles),
				activeStores(), activeJobs(), this.active, this.emailVerified);
	}

	List<Address> addresses() {
		return List.copyOf(this.addresses);
	}

	CustomerPreferences preferences() {
		return this.preferences;
	}

	List<Favorite> favorites() {
		return this.favorites.stream().sorted(Comparator.comparing(Favorite::createdAt)).toList();
	}

	ProfileResponse toProfile() {
		return new ProfileResponse(this.id, this.email, this.firstName, this.lastName, this.displayName, this.phone,
				this.dateOfBirth, this.gender, Set.copyOf(this.roles), this.loyalty.points(), this.loyalty.tier(),
				this.emailVerified, this.phoneVerified, this.createdAt);
	}

}
