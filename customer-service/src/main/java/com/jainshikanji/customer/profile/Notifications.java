package com.jainshikanji.customer.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a customer wants to be contacted.
 *
 * @param email order updates by email
 * @param sms order updates by SMS
 * @param push order updates as push notifications
 * @param marketingEmails offers by email; needs an explicit opt-in
 */
@Embeddable
record Notifications(@Column(name = "email_notifications") boolean email,
		@Column(name = "sms_notifications") boolean sms, @Column(name = "push_notifications") boolean push,
		@Column(name = "marketing_emails") boolean marketingEmails) {

	/** Order updates on every channel, no marketing. */
	static final Notifications DEFAULTS = new Notifications(true, true, true, false);

}
