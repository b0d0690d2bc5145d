package com.jainshikanji.loyalty.customers;

import java.util.UUID;

import com.jainshikanji.common.security.service.UserDirectory;

/**
 * The customers whose points an admin adjusts, as the customer service (the platform's
 * identity service, asked through common-lib's {@link UserDirectory}; examples in
 * {@code src/test/resources/contracts/customer}) knows them, with this service's own
 * problems for a customer it does not know and for when it cannot say.
 */
public class CustomerClient {

	private final UserDirectory users;

	public CustomerClient(UserDirectory users) {
		this.users = users;
	}

	/**
	 * Refuses a customer the identity service does not know (it answers 404
	 * {@code customer-not-found}).
	 * @throws UnknownCustomer when there is no such customer
	 * @throws CustomerDirectoryUnavailable when the customer service cannot say now
	 */
	public void requireCustomer(UUID customerId) {
		boolean known;
		try {
			known = this.users.exists(customerId);
		}
		catch (UserDirectory.Unavailable ex) {
			throw new CustomerDirectoryUnavailable(customerId, ex.why(), ex.retryAfter(), ex.getCause());
		}
		if (!known) {
			throw new UnknownCustomer(customerId);
		}
	}

}
