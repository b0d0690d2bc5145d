package com.jainshikanji.analytics.facts;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.jainshikanji.analytics.rollup.Touched;
import com.jainshikanji.common.events.EventEnvelope;
import com.jainshikanji.common.events.EventJson;
import com.jainshikanji.common.events.customer.CustomerRegistered;

/**
 * Registrations, for the count of new accounts: one row per customer, at the moment the
 * identity service recorded the registration (the envelope's; the event has none of its
 * own). They touch no rollup: customer figures are read from the facts.
 */
@Component
class CustomerFactRecorder implements FactRecorder {

	private static final String REGISTERED = EventJson.typeOf(CustomerRegistered.class).name();

	private final JdbcClient jdbc;

	private final EventJson json;

	CustomerFactRecorder(JdbcClient jdbc, EventJson json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	public boolean records(EventEnvelope event) {
		return REGISTERED.equals(event.type());
	}

	@Override
	public void record(EventEnvelope event, Touched touched) {
		CustomerRegistered registered = this.json.payload(event, CustomerRegistered.class);
		this.jdbc.sql("""
				INSERT INTO customer_facts (customer_id, registered_at) VALUES (:customer, :at)
				ON CONFLICT (customer_id) DO UPDATE SET registered_at = LEAST(customer_facts.registered_at,
				    EXCLUDED.registered_at)
				""")
			.param("customer", registered.customerId())
			.param("at", Timestamp.from(event.occurredAt()))
			.update();
	}

}
