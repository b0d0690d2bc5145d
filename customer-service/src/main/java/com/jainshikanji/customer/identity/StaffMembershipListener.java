package com.jainshikanji.customer.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.store.StaffAssigned;
import com.jainshikanji.common.events.store.StaffUnassigned;
import com.jainshikanji.common.messaging.inbox.ProcessedEvents;
import com.jainshikanji.customer.customer.CustomerAccounts;

/**
 * Keeps staff access in step with the store service: who works at which store ends up in
 * the user's next access token, as the STAFF role and the {@code store_ids} claim. Tokens
 * already issued keep their claims until they expire (at most the access-token lifetime).
 */
@Component
class StaffMembershipListener {

	static final String CONSUMER = "customer-service.staff-memberships";

	private static final Logger log = LoggerFactory.getLogger(StaffMembershipListener.class);

	private final ProcessedEvents processedEvents;

	private final EventJson json;

	private final CustomerAccounts accounts;

	StaffMembershipListener(ProcessedEvents processedEvents, EventJson json, CustomerAccounts accounts) {
		this.processedEvents = processedEvents;
		this.json = json;
		this.accounts = accounts;
	}

	@KafkaListener(topics = Topics.STORE)
	@Transactional
	void on(EventEnvelope event) {
		if (!this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(StaffAssigned.class)) {
			StaffAssigned assigned = this.json.payload(event, StaffAssigned.class);
			if (!this.accounts.assignToStore(assigned.userId(), assigned.storeId(), assigned.staffId())) {
				log.warn("StaffAssigned {} names unknown user {}; nothing to grant", event.eventId(),
						assigned.userId());
			}
		}
		else if (event.is(StaffUnassigned.class)) {
			StaffUnassigned unassigned = this.json.payload(event, StaffUnassigned.class);
			this.accounts.unassignFromStore(unassigned.userId(), unassigned.storeId());
		}
	}

}
