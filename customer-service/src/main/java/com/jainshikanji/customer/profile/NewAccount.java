package com.jainshikanji.customer.profile;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create an account.
 *
 * @param email the login, already normalised (stripped, lower-cased)
 * @param passwordHash the bcrypt hash; the plain password never reaches this package
 * @param firstName given name
 * @param lastName family name, optional
 * @param phone phone number, optional
 */
public record NewAccount(String email, String passwordHash, String firstName, @Nullable String lastName,
		@Nullable PhoneNumber phone) {
}
