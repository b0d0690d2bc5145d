package com.jainshikanji.notification.campaign;

import java.util.UUID;

/** Who an admin's send goes to. */
sealed interface Audience {

	/** One person. */
	record OnePerson(UUID userId) implements Audience {
	}

	/** Everyone the service can reach. */
	record Everyone() implements Audience {
	}

	/** Everyone who ordered from a store. */
	record StoreCustomers(UUID storeId) implements Audience {
	}

	/** Everyone in a loyalty tier. */
	record LoyaltyTier(String tier) implements Audience {
	}

}
