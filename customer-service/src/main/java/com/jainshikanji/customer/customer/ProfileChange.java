package com.jainshikanji.customer.customer;

import java.time.LocalDate;

/** The editable part of a profile. */
record ProfileChange(String firstName, String lastName, String displayName, String phone, LocalDate dateOfBirth,
		Gender gender) {
}
