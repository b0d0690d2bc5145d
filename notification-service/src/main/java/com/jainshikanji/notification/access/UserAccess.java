package com.jainshikanji.notification.access;

import java.util.UUID;

import com.jainshikanji.common.security.AuthenticatedUser;

/**
 * Whose notifications, preferences and devices a request may reach: {@code me} or one's
 * own id for everyone, any id for admins; anyone else's is refused.
 */
public final class UserAccess {

	public static final String ME = "me";

	private UserAccess() {
	}

	/**
	 * The user a path's {@code userId} names.
	 * @throws UnknownUserRef if it is neither {@code me} nor a UUID
	 * @throws NotYourNotifications if it is someone else and the caller is not an admin
	 */
	public static UUID resolve(String userRef, AuthenticatedUser caller) {
		UUID userId;
		if (ME.equals(userRef)) {
			userId = caller.id();
		}
		else {
			try {
				userId = UUID.fromString(userRef);
			}
			catch (IllegalArgumentException ex) {
				throw new UnknownUserRef(userRef);
			}
		}
		if (!caller.isSelfOrAdmin(userId)) {
			throw new NotYourNotifications();
		}
		return userId;
	}

}
