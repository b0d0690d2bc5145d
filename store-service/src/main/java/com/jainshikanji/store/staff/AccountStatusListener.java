package com.jainshikanji.store.staff;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.Topics;
import com.jainshikanji.common.events.customer.AccountStatusChanged;

/**
 * Learns which accounts an administrator deactivated or reactivated. Applying an
 * announcement is one statement that keeps the latest by its {@code changedAt}, so a
 * redelivery or an older announcement arriving late changes nothing: no inbox record is
 * needed.
 */
@Component
class AccountStatusListener {

	private final EventJson json;

	private final AccountStatuses statuses;

	AccountStatusListener(EventJson json, AccountStatuses statuses) {
		this.json = json;
		this.statuses = statuses;
	}

	@KafkaListener(topics = Topics.CUSTOMER)
	void on(EventEnvelope event) {
		if (!event.is(AccountStatusChanged.class)) {
			return;
		}
		AccountStatusChanged changed = this.json.payload(event, AccountStatusChanged.class);
		this.statuses.record(changed.customerId(), changed.active(), changed.changedAt());
	}

}
