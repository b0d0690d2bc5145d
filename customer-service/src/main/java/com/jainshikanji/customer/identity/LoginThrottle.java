package com.jainshikanji.customer.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing: too many failed logins for one email address, or from one
 * client IP, within a window and further attempts are refused, correct password or not,
 * until enough failures age out. Failures for addresses that have no account count the
 * same, so the throttle reveals nothing about which accounts exist.
 *
 * <p>
 * The outcome of an attempt is settled under transaction-scoped advisory locks on its
 * email and its client IP: counting the failures so far, deciding, and recording the new
 * failure are one step, so a burst of parallel guesses gets exactly as many answers as
 * the limit allows and the rest are refused. The password itself is checked before,
 * outside the locks, so parallel correct logins (several devices) never wait for each
 * other's hashing; an attempt that loses the race is refused whatever its password was,
 * so no guess beyond the limit teaches the guesser anything.
 */
@Component
class LoginThrottle {

	/** Advisory lock classes: {@code pg_advisory_xact_lock(class, hashtext(key))}. */
	private static final int ACCOUNT_LOCK = 0x4C_4F_47_01;

	private static final int CLIENT_LOCK = 0x4C_4F_47_02;

	private final JdbcClient jdbc;

	private final IdentityProperties.LoginThrottle settings;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, IdentityProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.settings = properties.loginThrottle();
		this.clock = clock;
	}

	/**
	 * A cheap early refusal, without locks, when a limit is already reached: it spares
	 * the password hashing. The decision that counts is {@link #settle}.
	 * @throws TooManyLoginAttempts if either limit is reached
	 */
	@Transactional(readOnly = true)
	void checkAllowed(String email, String clientIp) {
		refuseIfLimited(email, clientIp, this.clock.instant());
	}

	/**
	 * Settles an attempt whose password was checked: refused if a limit has been reached
	 * meanwhile; otherwise a failure is counted, or a success forgives the account's
	 * earlier failures (not the client's).
	 * @throws TooManyLoginAttempts if either limit is reached, whatever the password
	 */
	@Transactional
	void settle(String email, String clientIp, boolean succeeded) {
		// Always the account first, then the client: no two attempts wait for each other
		// in a circle.
		lock(ACCOUNT_LOCK, email);
		lock(CLIENT_LOCK, clientIp);
		Instant now = this.clock.instant();
		refuseIfLimited(email, clientIp, now);
		if (succeeded) {
			forgetFailuresOf(email);
		}
		else {
			this.jdbc.sql("INSERT INTO login_failures (email, client_ip, failed_at) VALUES (:email, :ip, :at)")
				.param("email", email)
				.param("ip", clientIp)
				.param("at", Timestamp.from(now))
				.update();
		}
	}

	/**
	 * Forgives the account's failed logins, as a correct password does, once its owner
	 * has proved control of the mailbox (a password reset): the reset is the way out of a
	 * lockout, so it must not leave the new password refused. The failures counted
	 * against the client addresses stay.
	 */
	@Transactional
	void forgiveAccount(String email) {
		lock(ACCOUNT_LOCK, email);
		forgetFailuresOf(email);
	}

	private void forgetFailuresOf(String email) {
		this.jdbc.sql("DELETE FROM login_failures WHERE email = :email").param("email", email).update();
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@Transactional
	void forgetOldFailures() {
		this.jdbc.sql("DELETE FROM login_failures WHERE failed_at < :cutoff")
			.param("cutoff", Timestamp.from(this.clock.instant().minus(this.settings.window())))
			.update();
	}

	private void refuseIfLimited(String email, String clientIp, Instant now) {
		Instant since = now.minus(this.settings.window());
		Instant retryAt = latest(retryAt("email", email, this.settings.maxFailuresPerAccount(), since),
				retryAt("client_ip", clientIp, this.settings.maxFailuresPerClient(), since));
		if (retryAt != null) {
			throw new TooManyLoginAttempts(Duration.between(now, retryAt));
		}
	}

	private void lock(int lockClass, String key) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:key))")
			.param("lockClass", lockClass)
			.param("key", key)
			.query()
			.listOfRows();
	}

	/**
	 * When the count for this key drops below the limit again, or {@code null} if it is
	 * below already: the limit-th most recent failure leaving the window.
	 */
	private @Nullable Instant retryAt(String column, String key, int limit, Instant since) {
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

	private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
		if (a == null) {
			return b;
		}
		return (b == null || a.isAfter(b)) ? a : b;
	}

}
