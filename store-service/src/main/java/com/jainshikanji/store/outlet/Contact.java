package com.jainshikanji.store.outlet;

import jakarta.persistence.Embeddable;

import com.jainshikanji.store.validation.Emails;

/**
 * How customers reach a store.
 *
 * @param email lower case
 * @param phone as given, without surrounding spaces
 */
@Embeddable
record Contact(String email, String phone) {

	/** The contact as stored: trimmed, the email in lower case. */
	static Contact of(String email, String phone) {
		return new Contact(Emails.normalize(email), phone.strip());
	}

}
