package com.jainshikanji.customer.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: too many failed logins for one email address, or from one
 * client IP, within a window and further attempts are refused, correct password or not,
 * until enough failures age out. Failures for addresses that have no account count the
 * same, so the throttle reveals nothing about which accounts exist.
 */
@Component
class LoginThrottle {

	private final JdbcClient jdbc;

	private final IdentityProperties.LoginThrottle settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.loginThrottle();
		this.clock = clock;
	}

	/**
	 * @throws TooManyLoginAttempts if either limit is reached
	 */
	@Transactional(readOnly = true)
	void checkAllowed(String email, String clientIp) {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.settings.window());
		Instant retryAt = latest(retryAt("email", email, this.settings.maxFailuresPerAccount(), since),
				retryAt("client_ip", clientIp, this.settings.maxFailuresPerClient(), since));
		if (retryAt != null) {
			throw new TooManyLoginAttempts(Duration.between(now, retryAt));
		}
	}

	@Transactional
	void recordFailure(String email, String clientIp) {
		this.jdbc.sql("INSERT INTO login_failures (email, client_ip, failed_at) VALUES (:email, :ip, :at)")
			.param("email", email)
			.param("ip", clientIp)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** A successful login forgives the account's earlier failures (not the client's). */
	@Transactional
	void recordSuccess(String email) {
		this.jdbc.sql("DELETE FROM login_failures WHERE email = :email").param("email", email).update();
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@Transactional
	void forgetOldFailures() {
		this.jdbc.sql("DELETE FROM login_failures WHERE failed_at < :cutoff")
			.param("cutoff", Timestamp.from(this.clock.instant().minus(this.settings.window())))
			.update();
	}

	/**
	 * When the count for this key drops below the limit again, or {@code null} if it is
	 * below already: the limit-th most recent failure leaving the window.
	 */
	private Instant retryAt(String column, String key, int limit, Instant since) {
		List<Timestamp> recent = this.jdbc
			.sql("SELECT failed_at FROM login_failures WHERE " + column
					+ " = :key AND failed_at > :since ORDER BY failed_at DESC LIMIT :limit")
			.param("key", key)
			.param("since", Timestamp.from(since))
			.param("limit", limit)
			.query(Timestamp.class)
			.list();
		return (recent.size() < limit) ? null : recent.getLast().toInstant().plus(this.settings.window());
	}

	private static Instant latest(Instant a, Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
