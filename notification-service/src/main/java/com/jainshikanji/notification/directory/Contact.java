package com.jainshikanji.notification.directory;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a person, as far as the service knows.
 *
 * @param email their email address, or {@code null}
 * @param phone their phone number, or {@code null}
 * @param firstName how to greet them, or {@code null}
 */
public record Contact(@Nullable String email, @Nullable String phone, @Nullable String firstName) {

	public static final Contact NONE = new Contact(null, null, null);

	/** This contact, with the other's values where this one has none. */
	public Contact orElse(Contact other) {
		return new Contact((this.email != null) ? this.email : other.email(),
				(this.phone != null) ? this.phone : other.phone(),
				(this.firstName != null) ? this.firstName : other.firstName());
	}

}
