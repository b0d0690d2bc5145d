package com.jainshikanji.analytics.funnel;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the apps report, once the sender is within its budget, stamped with the
 * moment it arrived (an app's clock is not to be trusted with the figures' days).
 */
@Service
class FunnelEvents {

	private final JdbcClient jdbc;

	private final EventRateLimiter limiter;

	private final Clock clock;

	FunnelEvents(JdbcClient jdbc, EventRateLimiter limiter, Clock clock) {
		this.jdbc = jdbc;
		this.limiter = limiter;
		this.clock = clock;
	}

	/**
	 * @param sender who sent it, for the rate limit: the user, or the address of an
	 * anonymous visitor
	 * @throws TooManyEvents when the sender's budget is spent
	 */
	@Transactional
	void record(ClientEvent event, String sender) {
		this.limiter.acquire(sender);
		this.jdbc.sql("""
				INSERT INTO funnel_events (type, session_id, customer_id, store_id, product_id, quantity, platform,
				                           occurred_at)
				VALUES (:type, :session, :customer, :store, :product, :quantity, :platform, :at)
				""")
			.param("type", event.type().code())
			.param("session", event.sessionId())
			.param("customer", event.customerId())
			.param("store", event.storeId())
			.param("product", event.productId())
			.param("quantity", event.quantity())
			.param("platform", (event.platform() != null) ? event.platform().code() : null)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
