package com.jainshikanji.notification.listener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;
import com.jainshikanji.common.events.customer.CustomerRegistered;
import com.jainshikanji.common.events.customer.CustomerVerified;
import com.jainshikanji.common.events.customer.EmailVerificationRequested;
import com.jainshikanji.common.events.customer.PasswordChanged;
import com.jainshikanji.common.events.customer.PasswordResetRequested;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.notification.delivery.DeliveryQueue;
import com.jainshikanji.notification.directory.Contact;
import com.jainshikanji.notification.directory.Recipients;
import com.jainshikanji.notification.dispatch.Dispatcher;
import com.jainshikanji.notification.dispatch.Notice;
import com.jainshikanji.notification.kind.NotificationKind;

/**
 * Accounts, each event once: contact details for the directory, a welcome, and the
 * account emails (verification and reset links, a password changed, the account
 * deactivated or reactivated). Verification and reset emails go to the address the event
 * names (the one the token was issued for), with the token still sealed: it is opened
 * only when the email is sent. A deactivation or reactivation overtaken by a later one
 * (redelivered, or a dead letter replayed) is not announced.
 */
@Component
class CustomerEventsListener {

	static final String CONSUMER = "notification-service.customers";

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final Recipients recipients;

	private final Dispatcher dispatcher;

	CustomerEventsListener(ProcessedEvents processedEvents, EventJson json, Recipients recipients,
			Dispatcher dispatcher) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.recipients = recipients;
		this.dispatcher = dispatcher;
	}

	@KafkaListener(topics = Topics.CUSTOMER)
	@Transactional
	void on(EventEnvelope event) {
		if (!event.isOneOf(CustomerRegistered.class, CustomerVerified.class, EmailVerificationRequested.class,
				PasswordResetRequested.class, PasswordChanged.class, AccountStatusChanged.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(CustomerRegistered.class)) {
			CustomerRegistered registered = this.json.payload(event, CustomerRegistered.class);
			Contact contact = new Contact(registered.email(), null, registered.firstName());
			this.recipients.learn(registered.customerId(), contact, event.occurredAt());
			notify(event, NotificationKind.WELCOME, registered.customerId(), contact, new LinkedHashMap<>());
		}
		else if (event.is(CustomerVerified.class)) {
			CustomerVerified verified = this.json.payload(event, CustomerVerified.class);
			this.recipients.learn(verified.customerId(), new Contact(verified.email(), null, null), event.occurredAt());
		}
		else if (event.is(EmailVerificationRequested.class)) {
			EmailVerificationRequested requested = this.json.payload(event, EmailVerificationRequested.class);
			account(event, NotificationKind.EMAIL_VERIFICATION, requested.customerId(), requested.email(),
					requested.firstName(), requested.sealedToken(), Formats.dateTime(requested.expiresAt()));
		}
		else if (event.is(PasswordResetRequested.class)) {
			PasswordResetRequested requested = this.json.payload(event, PasswordResetRequested.class);
			account(event, NotificationKind.PASSWORD_RESET, requested.customerId(), requested.email(),
					requested.firstName(), requested.sealedToken(), Formats.dateTime(requested.expiresAt()));
		}
		else if (event.is(PasswordChanged.class)) {
			PasswordChanged changed = this.json.payload(event, PasswordChanged.class);
			Map<String, @Nullable Object> variables = new LinkedHashMap<>();
			variables.put("changedAt", Formats.dateTime(changed.changedAt()));
			notify(event, NotificationKind.PASSWORD_CHANGED, changed.customerId(),
					new Contact(changed.email(), null, changed.firstName()), variables);
		}
		else if (event.is(AccountStatusChanged.class)) {
			AccountStatusChanged changed = this.json.payload(event, AccountStatusChanged.class);
			if (!this.recipients.accountStatusChanged(changed.customerId(), changed.changedAt())) {
				// Overtaken by a later change: the status it announces no longer holds.
				return;
			}
			Map<String, @Nullable Object> variables = new LinkedHashMap<>();
			variables.put("changedAt", Formats.dateTime(changed.changedAt()));
			notify(event,
					changed.active() ? NotificationKind.ACCOUNT_REACTIVATED : NotificationKind.ACCOUNT_DEACTIVATED,
					changed.customerId(), new Contact(changed.email(), null, changed.firstName()), variables);
		}
	}

	private void account(EventEnvelope event, NotificationKind kind, UUID customerId, String email, String firstName,
			String sealedToken, String expiresAt) {
		Contact contact = new Contact(email, null, firstName);
		this.recipients.learn(customerId, contact, event.occurredAt());
		Map<String, @Nullable Object> variables = new LinkedHashMap<>();
		variables.put(DeliveryQueue.SEALED_TOKEN, sealedToken);
		variables.put("expiresAt", expiresAt);
		notify(event, kind, customerId, contact, variables);
	}

	private void notify(EventEnvelope event, NotificationKind kind, UUID customerId, Contact contact,
			Map<String, @Nullable Object> variables) {
		variables.put("firstName", contact.firstName());
		this.dispatcher.dispatch(new Notice(event.eventId(), kind, customerId, contact, variables, Map.of()));
	}

}
