package com.jainshikanji.store.staff;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.jainshikanji.store.validation.Emails;

/**
 * A staff member's personal and employment details, validated and normalized: the only
 * way request data reaches a {@link StaffMember}.
 *
 * @param email lower case; {@code null} when unknown
 * @param phone {@code null} when unknown
 * @param hireDate {@code null} when unknown
 */
record StaffDetails(String name, @Nullable String email, @Nullable String phone, StaffRole role,
		@Nullable LocalDate hireDate) {

	/** The details as stored: trimmed, the email in lower case, blanks left out. */
	static StaffDetails of(String name, @Nullable String email, @Nullable String phone, StaffRole role,
			@Nullable LocalDate hireDate) {
		return new StaffDetails(name.strip(), (email == null || email.isBlank()) ? null : Emails.normalize(email),
				(phone == null || phone.isBlank()) ? null : phone.strip(), role, hireDate);
	}

	/** The personal details field by field, as the API names them (the role apart). */
	Map<String, @Nullable Object> personalFields() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("email", this.email);
		fields.put("phone", this.phone);
		fields.put("hireDate", (this.hireDate != null) ? this.hireDate.toString() : null);
		return fields;
	}

}
