package com.jainshikanji.inventory.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.jainshikanji.common.security.AuthenticatedUser;
import com.jainshikanji.common.security.Role;
import com.jainshikanji.common.security.StaffJob;

import static org.assertj.core.api.Assertions.assertThat;

/** Who sees how many units a store has, rather than only whether it has some. */
class StoreAccessTest {

	final StoreAccess access = new StoreAccess();

	final UUID store = UUID.randomUUID();

	@Test
	void theStoresStaffWhateverTheirJobAdminsAndServicesSeeTheUnits() {
		assertThat(this.access.seesUnitsAt(this.store, new AuthenticatedUser(UUID.randomUUID(), Set.of(Role.STAFF),
				Set.of(this.store), Map.of(this.store, StaffJob.CASHIER))))
			.isTrue();
		assertThat(this.access.seesUnitsAt(this.store, user(Role.ADMIN))).isTrue();
		assertThat(this.access.seesUnitsAt(this.store, user(Role.SERVICE))).isTrue();
	}

	@Test
	void customersStaffOfOtherStoresAndAnonymousCallersDoNot() {
		assertThat(this.access.seesUnitsAt(this.store, null)).isFalse();
		assertThat(this.access.seesUnitsAt(this.store, user(Role.CUSTOMER))).isFalse();
		assertThat(this.access.seesUnitsAt(this.store,
				new AuthenticatedUser(UUID.randomUUID(), Set.of(Role.STAFF), Set.of(UUID.randomUUID()))))
			.isFalse();
		// A customer's token never names a store; if one did, it would not make them
		// staff.
		assertThat(this.access.seesUnitsAt(this.store,
				new AuthenticatedUser(UUID.randomUUID(), Set.of(Role.CUSTOMER), Set.of(this.store))))
			.isFalse();
	}

	private static AuthenticatedUser user(Role role) {
		return new AuthenticatedUser(UUID.randomUUID(), Set.of(role), Set.of());
	}

}
