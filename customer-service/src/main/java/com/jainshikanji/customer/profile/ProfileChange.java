package com.jainshikanji.customer.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The editable part of a profile, tidied: stripped, blanks as {@code null}, the phone
 * number in its one form.
 */
record ProfileChange(String firstName, @Nullable String lastName, @Nullable String displayName,
		@Nullable PhoneNumber phone, @Nullable LocalDate dateOfBirth, @Nullable Gender gender) {
}
