package com.jainshikanji.customer.profile;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Decides whose data a request may reach: {@code me} or one's own id for everyone, any id
 * for admins. Anything else is reported as not found, exactly like an id that does not
 * exist.
 */
@Component
class CustomerAccess {

	static final String ME = "me";

	CustomerRef resolve(String customerRef, AuthenticatedUser user) {
		UUID id = ME.equals(customerRef) ? user.id() : parse(customerRef);
		if (!user.isSelfOrAdmin(id)) {
			throw new CustomerNotFound(customerRef);
		}
		return new CustomerRef(id, user.id());
	}

	private static UUID parse(String customerRef) {
		try {
			return UUID.fromString(customerRef);
		}
		catch (IllegalArgumentException ex) {
			throw new CustomerNotFound(customerRef);
		}
	}

}
