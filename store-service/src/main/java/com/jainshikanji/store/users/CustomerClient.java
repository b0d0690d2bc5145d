package com.jainshikanji.store.users;

import java.util.UUID;

import com.jainshikanji.common.security.service.UserDirectory;

/**
 * The users the store service refers to, as the customer service (the platform's identity
 * service, asked through common-lib's {@link UserDirectory}; examples in
 * {@code src/test/resources/contracts/customer}) knows them, with this service's own
 * problems for a user it does not know and for when it cannot say.
 */
public class CustomerClient {

	private final UserDirectory users;

	public CustomerClient(UserDirectory users) {
		this.users = users;
	}

	/**
	 * Refuses a user the identity service does not know (it answers 404
	 * {@code customer-not-found}).
	 * @throws UnknownUser when there is no such user
	 * @throws UserDirectoryUnavailable when the customer service cannot say now
	 */
	public void requireUser(UUID userId) {
		boolean known;
		try {
			known = this.users.exists(userId);
		}
		catch (UserDirectory.Unavailable ex) {
			throw new UserDirectoryUnavailable(userId, ex.why(), ex.retryAfter(), ex.getCause());
		}
		if (!known) {
			throw new UnknownUser(userId);
		}
	}

}
