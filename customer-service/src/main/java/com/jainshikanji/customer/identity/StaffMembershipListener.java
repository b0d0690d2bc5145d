package com.jainshikanji.customer.identity;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
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
import com.jainshikanji.common.security.StaffJob;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.MembershipUpdate;

/**
 * Keeps staff access in step with the store service: who works at which store, in which
 * job, ends up in the user's next access token, as the STAFF role and the
 * {@code store_ids} and {@code store_jobs} claims. Tokens already issued keep their
 * claims, but the gateway refuses them once it learns of the change
 * ({@link EndedSessions#accessChanged()}), within seconds, and the app refreshes them.
 *
 * <p>
 * Failed events are retried from a retry topic while later events of the same user go
 * ahead, so events can arrive out of order; each carries the revision of the user's
 * membership at that store, and only a newer revision than the one applied changes
 * anything.
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
		if (!event.isOneOf(StaffAssigned.class, StaffUnassigned.class)
				|| !this.processedEvents.markProcessed(CONSUMER, event.eventId())) {
			return;
		}
		if (event.is(StaffAssigned.class)) {
			StaffAssigned assigned = this.json.payload(event, StaffAssigned.class);
			report(event, this.accounts.assignToStore(assigned.userId(), assigned.storeId(), assigned.staffId(),
					assigned.revision(), job(event, assigned.role())));
		}
		else if (event.is(StaffUnassigned.class)) {
			StaffUnassigned unassigned = this.json.payload(event, StaffUnassigned.class);
			report(event, this.accounts.unassignFromStore(unassigned.userId(), unassigned.storeId(),
					unassigned.staffId(), unassigned.revision()));
		}
	}

	/**
	 * The job the event names, taken strictly. A name this service does not know (a job
	 * the store service added since) is no reason to hold up the user's later events: the
	 * membership is applied without a job, which allows no store duty there.
	 */
	private static @Nullable StaffJob job(EventEnvelope event, @Nullable String role) {
		StaffJob job = StaffJob.named(role);
		if (job != null) {
			return job;
		}
		log.warn("{} {} names the job {}, which is not one of {}; the membership is applied without a job",
				event.type(), event.eventId(), role, Arrays.toString(StaffJob.values()));
		return null;
	}

	private static void report(EventEnvelope event, MembershipUpdate update) {
		switch (update) {
			case UNKNOWN_USER -> log.warn("{} {} names a user who does not exist here; nothing to change", event.type(),
					event.eventId());
			case STALE ->
				log.info("{} {} is older than the membership already applied; ignored", event.type(), event.eventId());
			case APPLIED -> log.debug("{} {} applied", event.type(), event.eventId());
		}
	}

}
