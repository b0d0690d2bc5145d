package com.jainshikanji.customer.profile;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The editable part of a profile, tidied: stripped, blanks as {@code null}. */
record ProfileChange(String firstName, @Nullable String lastName, @Nullable String displayName, @Nullable String phone,
		@Nullable LocalDate dateOfBirth, @Nullable Gender gender) {
}
