package com.jainshikanji.customer.profile;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import com.jainshikanji.common.security.Role;

/**
 * Which accounts an administrator lists; every filter is optional.
 *
 * @param q part of the email address or of the name, or of the phone number when it is
 * written as one (at least 4 digits); case does not matter
 * @param active only active accounts ({@code true}) or deactivated ones ({@code false})
 * @param role only accounts with this role
 * @param page the page, from 0
 * @param size accounts per page, at most 100
 */
record CustomerQuery(@Nullable @Size(min = 2, message = "must be at least 2 characters") @PlainText(max = 100) String q,
		@Nullable Boolean active, @Nullable Role role, @Nullable @Min(0) Integer page,
		@Nullable @Min(1) @Max(100) Integer size) {

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]+");

	private static final int PHONE_DIGITS_AT_LEAST = 4;

	int pageNumber() {
		return (this.page != null) ? this.page : 0;
	}

	int pageSize() {
		return (this.size != null) ? this.size : 20;
	}

	/** {@code q} as a LIKE pattern for emails (stored in lower case) and names. */
	@Nullable String textPattern() {
		return (this.q != null) ? contains(this.q.strip().toLowerCase(Locale.ROOT)) : null;
	}

	/**
	 * {@code q}'s digits as a LIKE pattern for phone numbers (stored in E.164, so
	 * {@code 98000 00003} is found in {@code +919800000003}), when {@code q} is written
	 * as a phone number.
	 */
	@Nullable String phonePattern() {
		if (this.q == null || !PHONE.matcher(this.q).matches()) {
			return null;
		}
		String digits = this.q.replaceAll("[^0-9]", "");
		return (digits.length() >= PHONE_DIGITS_AT_LEAST) ? contains(digits) : null;
	}

	/** Text a customer may have typed matches itself only: LIKE's wildcards escaped. */
	private static String contains(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
