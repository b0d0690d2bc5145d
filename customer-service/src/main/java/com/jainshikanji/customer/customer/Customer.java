package com.jainshikanji.customer.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.security.Role;

/**
 * A user of the platform: identity (email, password hash, roles) and profile, with the
 * address book, preferences and favorites it owns. Every change goes through a method
 * here, which keeps the invariants: an address book with addresses has exactly one
 * default; roles, loyalty figures and verification flags change only through their own
 * methods, never from a request body.
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

	private String phone;

	private String firstName;

	private String lastName;

	private String displayName;

	private LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	private Gender gender;

	@Column(name = "is_active")
	private boolean active;

	private boolean emailVerified;

	private boolean phoneVerified;

	private int loyaltyPoints;

	@Enumerated(EnumType.STRING)
	private LoyaltyTier loyaltyTier;

	private Instant lastLoginAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

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

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "staff_memberships", joinColumns = @JoinColumn(name = "customer_id"))
	private Set<StoreMembership> memberships = new HashSet<>();

	protected Customer() {
	}

	private Customer(UUID id, String email, String passwordHash, String firstName, String lastName, String phone,
			Set<Role> roles, Instant now) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.firstName = firstName;
		this.lastName = lastName;
		this.phone = phone;
		this.active = true;
		this.loyaltyTier = LoyaltyTier.BRONZE;
		this.roles.addAll(roles);
		this.preferences = new CustomerPreferences(this, now);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A self-registered account: always and only a customer. */
	static Customer register(NewAccount account, Instant now) {
		Customer customer = new Customer(UUID.randomUUID(), account.email(), account.passwordHash(),
				account.firstName(), account.lastName(), account.phone(), Set.of(Role.CUSTOMER), now);
		customer
			.registerEvent(new CustomerRegistered(customer.id, customer.email, customer.firstName, customer.lastName));
		return customer;
	}

	/** An account created by the platform itself (bootstrap administrator). */
	static Customer provision(NewAccount account, Set<Role> roles, Instant now) {
		return new Customer(UUID.randomUUID(), account.email(), account.passwordHash(), account.firstName(),
				account.lastName(), account.phone(), roles, now);
	}

	void changeProfile(ProfileChange change, Instant now) {
		this.firstName = change.firstName();
		this.lastName = change.lastName();
		this.displayName = change.displayName();
		if (!java.util.Objects.equals(this.phone, change.phone())) {
			this.phone = change.phone();
			this.phoneVerified = false;
		}
		this.dateOfBirth = change.dateOfBirth();
		this.gender = change.gender();
		touch(now);
	}

	void recordLogin(Instant now) {
		this.lastLoginAt = now;
	}

	/**
	 * The user now works at the store: they hold the STAFF role and their tokens name the
	 * store.
	 */
	void assignToStore(UUID storeId, UUID staffId, Instant now) {
		this.memberships.removeIf((membership) -> membership.storeId().equals(storeId));
		this.memberships.add(new StoreMembership(storeId, staffId, now));
		this.roles.add(Role.STAFF);
		touch(now);
	}

	/**
	 * The user no longer works at the store; without any store left they are no longer
	 * staff.
	 */
	void unassignFromStore(UUID storeId, Instant now) {
		if (this.memberships.removeIf((membership) -> membership.storeId().equals(storeId))) {
			if (this.memberships.isEmpty()) {
				this.roles.remove(Role.STAFF);
			}
			touch(now);
		}
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
	 * Changes an address. {@code makeDefault} true moves the default here; false on the
	 * current default is refused, since the book must keep exactly one default (make
	 * another address the default instead).
	 */
	Address changeAddress(UUID addressId, AddressDetails details, boolean makeDefault, Instant now) {
		Address address = address(addressId);
		if (!makeDefault && address.isDefault()) {
			throw new DefaultAddressRequired(addressId);
		}
		address.change(details, now);
		if (makeDefault) {
			moveDefaultTo(address, now);
		}
		touch(now);
		return address;
	}

	/**
	 * Removes an address; if it was the default, the most recently added remaining
	 * address takes over.
	 */
	void removeAddress(UUID addressId, Instant now) {
		Address address = address(addressId);
		this.addresses.remove(address);
		if (address.isDefault()) {
			this.addresses.stream()
				.max(Comparator.comparing(Address::createdAt))
				.ifPresent((successor) -> successor.markDefault(true, now));
		}
		touch(now);
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

	void changePreferences(PreferencesRequest request, Instant now) {
		this.preferences.change(request, now);
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

	/**
	 * Any change bumps the version, so concurrent edits of one customer cannot silently
	 * overwrite each other.
	 */
	private void touch(Instant now) {
		this.updatedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String phone() {
		return this.phone;
	}

	Account toAccount() {
		Set<UUID> storeIds = this.memberships.stream()
			.map(StoreMembership::storeId)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		return new Account(this.id, this.email, this.passwordHash, this.firstName, Set.copyOf(this.roles), storeIds,
				this.active);
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
				this.dateOfBirth, this.gender, Set.copyOf(this.roles), this.loyaltyPoints, this.loyaltyTier,
				this.emailVerified, this.phoneVerified, this.createdAt);
	}

}
