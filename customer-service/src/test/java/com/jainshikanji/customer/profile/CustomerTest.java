package com.jainshikanji.customer.profile;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StaffJob;

import static com.jainshikanji.customer.profile.TestCustomers.NOW;
import static com.jainshikanji.customer.profile.TestCustomers.asha;
import static com.jainshikanji.customer.profile.TestCustomers.home;
import static com.jainshikanji.customer.profile.TestCustomers.work;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;

/** The rules of the {@link Customer} aggregate, without Spring or a database. */
class CustomerTest {

	private final UUID store = UUID.randomUUID();

	private final UUID staffId = UUID.randomUUID();

	// Accounts and profile

	@Test
	void aRegistrationIsAlwaysAPlainActiveCustomerAtTheBottomTier() {
		Customer customer = asha();

		Account account = customer.toAccount();
		assertThat(account.roles()).containsExactly(Role.CUSTOMER);
		assertThat(account.active()).isTrue();
		assertThat(account.storeIds()).isEmpty();
		assertThat(account.storeJobs()).isEmpty();
		assertThat(customer.toProfile().loyaltyTier()).isEqualTo(LoyaltyTier.BRONZE);
		assertThat(customer.toProfile().loyaltyPoints()).isZero();
	}

	@Test
	void aProvisionedAccountHoldsExactlyTheRolesItWasGiven() {
		Customer admin = Customer.provision(new NewAccount("admin@example.com", "$2a$10$hash", "Admin", null, null),
				java.util.EnumSet.of(Role.ADMIN), NOW);

		assertThat(admin.toAccount().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void aProfileChangeReplacesEveryEditableField() {
		Customer customer = asha();
		ProfileChange change = new ProfileChange("Asha", "Shah", "Ash", new PhoneNumber("+919812345678"),
				LocalDate.of(1990, 4, 1), Gender.FEMALE);

		customer.changeProfile(change, NOW);

		assertThat(customer.profile()).isEqualTo(change);
		assertThat(customer.toProfile().phoneVerified()).isFalse();
	}

	// Address book

	@Test
	void theFirstAddressBecomesTheDefaultWhateverWasAsked() {
		Customer customer = asha();

		Address first = customer.addAddress(home(), false, NOW);

		assertThat(first.isDefault()).isTrue();
	}

	@Test
	void askingForTheDefaultMovesItSoThereIsExactlyOne() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);
		Address work = customer.addAddress(work(), true, NOW.plusSeconds(1));

		assertThat(customer.addresses()).filteredOn(Address::isDefault).containsExactly(work);

		customer.changeAddress(home.id(), home(), DefaultChoice.MAKE_DEFAULT, NOW.plusSeconds(2));
		assertThat(customer.addresses()).filteredOn(Address::isDefault).containsExactly(home);
	}

	@Test
	void theDefaultCannotBeUnsetWithoutChoosingAnother() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);

		assertThatExceptionOfType(DefaultAddressRequired.class)
			.isThrownBy(() -> customer.changeAddress(home.id(), home(), DefaultChoice.NOT_DEFAULT, NOW));
		assertThat(home.isDefault()).isTrue();
	}

	@Test
	void theDefaultIsChangedWithoutSayingItIsTheDefault() {
		Customer customer = asha();
		Address home = customer.addAddress(TestCustomers.address("Home", "1 Typo Raod"), false, NOW);

		customer.changeAddress(home.id(), home(), DefaultChoice.AS_IS, NOW.plusSeconds(1));

		assertThat(home.details()).isEqualTo(home());
		assertThat(home.isDefault()).isTrue();
	}

	@Test
	void anotherAddressChangedAsItIsStaysOutOfTheDefault() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);
		Address work = customer.addAddress(work(), false, NOW);

		customer.changeAddress(work.id(), TestCustomers.address("Office", "Ashram Road"), DefaultChoice.AS_IS, NOW);

		assertThat(customer.addresses()).filteredOn(Address::isDefault).containsExactly(home);
	}

	@Test
	void anotherAddressCanBeChangedWithoutTouchingTheDefault() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);
		Address work = customer.addAddress(work(), false, NOW);

		customer.changeAddress(work.id(), TestCustomers.address("Office", "Ashram Road"), DefaultChoice.NOT_DEFAULT,
				NOW);

		assertThat(work.details().line1()).isEqualTo("Ashram Road");
		assertThat(home.isDefault()).isTrue();
		assertThat(work.isDefault()).isFalse();
	}

	@Test
	void removingTheDefaultHandsItToTheNewestRemainingAddress() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);
		customer.addAddress(work(), false, NOW.plusSeconds(1));
		Address newest = customer.addAddress(TestCustomers.address("Gym", "SG Highway"), false, NOW.plusSeconds(2));

		Address removed = customer.removeAddress(home.id(), NOW.plusSeconds(3));

		assertThat(removed).isSameAs(home);
		assertThat(customer.addresses()).filteredOn(Address::isDefault).containsExactly(newest);
	}

	@Test
	void removingTheLastAddressLeavesAnEmptyBook() {
		Customer customer = asha();
		Address home = customer.addAddress(home(), false, NOW);

		customer.removeAddress(home.id(), NOW);

		assertThat(customer.addresses()).isEmpty();
	}

	@Test
	void anAddressBookHoldsAtMostTwentyAddresses() {
		Customer customer = asha();
		for (int i = 0; i < Customer.MAX_ADDRESSES; i++) {
			customer.addAddress(home(), false, NOW);
		}

		assertThatExceptionOfType(AddressLimitReached.class).isThrownBy(() -> customer.addAddress(home(), false, NOW))
			.withMessageContaining("20");
	}

	@Test
	void anUnknownAddressIsNotFound() {
		Customer customer = asha();
		UUID unknown = UUID.randomUUID();

		assertThatExceptionOfType(AddressNotFound.class).isThrownBy(() -> customer.address(unknown));
		assertThatExceptionOfType(AddressNotFound.class).isThrownBy(() -> customer.removeAddress(unknown, NOW));
		assertThatExceptionOfType(AddressNotFound.class)
			.isThrownBy(() -> customer.changeAddress(unknown, home(), DefaultChoice.MAKE_DEFAULT, NOW));
	}

	// Email verification and password changes

	@Test
	void verifyingTheAddressIsAnnouncedOnce() {
		Customer customer = asha();

		assertThat(customer.verifyEmail("asha@example.com", NOW)).isTrue();
		assertThat(customer.verifyEmail("asha@example.com", NOW.plusSeconds(1))).isFalse();

		assertThat(customer.toAccount().emailVerified()).isTrue();
		assertThat(customer.events()).filteredOn(CustomerVerified.class::isInstance)
			.containsExactly(new CustomerVerified(customer.id(), "asha@example.com", NOW));
	}

	@Test
	void anAddressTheAccountDoesNotHaveIsNotVerified() {
		Customer customer = asha();

		assertThat(customer.verifyEmail("someone-else@example.com", NOW)).isFalse();

		assertThat(customer.toAccount().emailVerified()).isFalse();
		assertThat(customer.events()).noneMatch(CustomerVerified.class::isInstance);
	}

	@Test
	void aNewPasswordIsAnnouncedToTheOwner() {
		Customer customer = asha();

		customer.changePassword("$2a$10$newhash", NOW);

		assertThat(customer.toAccount().passwordHash()).isEqualTo("$2a$10$newhash");
		assertThat(customer.events()).filteredOn(PasswordChanged.class::isInstance)
			.containsExactly(new PasswordChanged(customer.id(), "asha@example.com", "Asha", NOW));
	}

	// Preferences and favorites

	@Test
	void aNewCustomerHasMildDefaultsAndNoRestrictions() {
		PreferencesResponse preferences = asha().preferences().toResponse();

		assertThat(preferences.preferredSpiceLevel()).isEqualTo(SpiceLevel.MILD);
		assertThat(preferences.dietaryRestrictions()).isEmpty();
		assertThat(preferences.favoriteCategories()).isEmpty();
	}

	@Test
	void preferencesAreReplacedAsAWholeWithCategoriesDeduplicatedAndSorted() {
		Customer customer = asha();

		customer.changePreferences(TestCustomers.jainAndHot(), NOW);

		PreferencesResponse preferences = customer.preferences().toResponse();
		assertThat(preferences.preferredSpiceLevel()).isEqualTo(SpiceLevel.HOT);
		assertThat(preferences.dietaryRestrictions()).containsExactly(DietaryRestriction.JAIN);
		assertThat(preferences.favoriteCategories()).containsExactly("shikanji", "snacks");
		assertThat(preferences.preferredPaymentMethod()).isEqualTo(PaymentMethod.UPI);
		assertThat(preferences.preferredDeliveryTime()).isEqualTo(DeliveryTime.EVENING);
		assertThat(customer.preferences().current()).isEqualTo(TestCustomers.jainAndHot());
	}

	@Test
	void favoritesAreAddedAndRemovedIdempotently() {
		Customer customer = asha();
		UUID masalaSoda = UUID.randomUUID();

		assertThat(customer.addFavorite(masalaSoda, NOW)).isTrue();
		assertThat(customer.addFavorite(masalaSoda, NOW)).isFalse();
		assertThat(customer.favorites()).extracting(Favorite::productId).containsExactly(masalaSoda);
		assertThat(customer.removeFavorite(masalaSoda, NOW)).isTrue();
		assertThat(customer.removeFavorite(masalaSoda, NOW)).isFalse();
		assertThat(customer.favorites()).isEmpty();
	}

	@Test
	void thereAreAtMostTwoHundredFavoritesButAnExistingOneCanBeAddedAgain() {
		Customer customer = asha();
		UUID first = UUID.randomUUID();
		customer.addFavorite(first, NOW);
		for (int i = 1; i < Customer.MAX_FAVORITES; i++) {
			customer.addFavorite(UUID.randomUUID(), NOW);
		}

		assertThatExceptionOfType(FavoriteLimitReached.class)
			.isThrownBy(() -> customer.addFavorite(UUID.randomUUID(), NOW));
		assertThat(customer.addFavorite(first, NOW)).isFalse();
	}

	// Store memberships

	@Test
	void anAssignmentMakesTheUserStaffOfThatStore() {
		Customer customer = asha();

		assertThat(customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW)).isTrue();

		assertThat(customer.toAccount().roles()).containsExactlyInAnyOrder(Role.CUSTOMER, Role.STAFF);
		assertThat(customer.toAccount().storeIds()).containsExactly(this.store);
	}

	@Test
	void aRemovalLeavesATombstoneAndEndsStaffAccess() {
		Customer customer = asha();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW);

		assertThat(customer.unassignFromStore(this.store, this.staffId, 2, NOW)).isTrue();

		assertThat(customer.toAccount().roles()).containsExactly(Role.CUSTOMER);
		assertThat(customer.toAccount().storeIds()).isEmpty();
		assertThat(customer.toAccount().storeJobs()).isEmpty();
	}

	@Test
	void anOlderAssignmentArrivingAfterTheRemovalChangesNothing() {
		Customer customer = asha();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW);
		customer.unassignFromStore(this.store, this.staffId, 2, NOW);

		assertThat(customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW)).isFalse();

		assertThat(customer.toAccount().storeIds()).isEmpty();
		assertThat(customer.isStaff()).isFalse();
	}

	@Test
	void aRemovalArrivingBeforeItsAssignmentStillWins() {
		Customer customer = asha();

		assertThat(customer.unassignFromStore(this.store, this.staffId, 2, NOW)).isTrue();
		assertThat(customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW)).isFalse();

		assertThat(customer.toAccount().storeIds()).isEmpty();
		assertThat(customer.isStaff()).isFalse();
	}

	@Test
	void aNewerAssignmentGrantsTheStoreAgain() {
		Customer customer = asha();
		customer.unassignFromStore(this.store, this.staffId, 2, NOW);

		assertThat(customer.assignToStore(this.store, this.staffId, 3, StaffJob.CHEF, NOW)).isTrue();

		assertThat(customer.toAccount().storeIds()).containsExactly(this.store);
		assertThat(customer.isStaff()).isTrue();
	}

	@Test
	void anEventOfTheSameRevisionIsADuplicate() {
		Customer customer = asha();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW);

		assertThat(customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW)).isFalse();
		assertThat(customer.unassignFromStore(this.store, this.staffId, 1, NOW)).isFalse();
		assertThat(customer.toAccount().storeIds()).containsExactly(this.store);
	}

	@Test
	void theUserStaysStaffWhileAnyMembershipIsActiveWithTheJobAtEachStore() {
		Customer customer = asha();
		UUID other = UUID.randomUUID();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW);
		customer.assignToStore(other, UUID.randomUUID(), 1, StaffJob.CASHIER, NOW);
		assertThat(customer.toAccount().storeJobs()).containsOnly(entry(this.store, StaffJob.CHEF),
				entry(other, StaffJob.CASHIER));

		customer.unassignFromStore(this.store, this.staffId, 2, NOW);

		assertThat(customer.isStaff()).isTrue();
		assertThat(customer.toAccount().storeIds()).containsExactly(other);
		assertThat(customer.toAccount().storeJobs()).containsOnly(entry(other, StaffJob.CASHIER));
	}

	@Test
	void aNewerAssignmentChangesTheJobAndAnOlderOneDoesNot() {
		Customer customer = asha();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.CHEF, NOW);

		assertThat(customer.assignToStore(this.store, this.staffId, 2, StaffJob.MANAGER, NOW)).isTrue();
		assertThat(customer.assignToStore(this.store, this.staffId, 1, StaffJob.DELIVERY, NOW)).isFalse();
		assertThat(customer.assignToStore(this.store, this.staffId, 2, StaffJob.DELIVERY, NOW)).isFalse();

		assertThat(customer.toAccount().storeJobs()).containsOnly(entry(this.store, StaffJob.MANAGER));
	}

	@Test
	void anAssignmentWithoutAKnownJobGivesTheStoreButNoJob() {
		Customer customer = asha();
		customer.assignToStore(this.store, this.staffId, 1, StaffJob.MANAGER, NOW);

		assertThat(customer.assignToStore(this.store, this.staffId, 2, null, NOW)).isTrue();

		assertThat(customer.toAccount().storeIds()).containsExactly(this.store);
		assertThat(customer.toAccount().storeJobs()).isEmpty();
	}

	@Test
	void revisionsAreComparedPerStore() {
		Customer customer = asha();
		UUID other = UUID.randomUUID();
		customer.assignToStore(this.store, this.staffId, 5, StaffJob.CHEF, NOW);

		assertThat(customer.assignToStore(other, UUID.randomUUID(), 1, StaffJob.CHEF, NOW)).isTrue();
	}

}
