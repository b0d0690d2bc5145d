package com.jainshikanji.store.staff;

import java.time.LocalDate;

/** A staff member's personal and employment details, validated and normalized. */
record StaffDetails(String name, String email, String phone, StaffRole role, LocalDate hireDate) {
}
