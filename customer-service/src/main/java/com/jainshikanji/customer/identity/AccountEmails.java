package com.jainshikanji.customer.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.common.events.customer.AccountTokenSeal;
import com.jainshikanji.common.events.customer.EmailVerificationRequested;
import com.jainshikanji.common.events.customer.PasswordResetRequested;
import com.jainshikanji.common.messaging.outbox.EventOutbox;
import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.NewAccount;

/**
 * The account emails, from the identity side: issuing their one-time tokens, announcing
 * them for the notification service to send (sealed, see {@link AccountTokenSeal}), and
 * using them. A token is single-use, expires, and only the newest of its purpose works.
 * Resetting a password ends every session of the account and lifts its login lockout.
 */
@Service
class AccountEmails {

	private static final Logger log = LoggerFactory.getLogger(AccountEmails.class);

	private static final Duration RATE_WINDOW = Duration.ofHours(1);

	/**
	 * Advisory lock class of issuing an account's links of one purpose:
	 * {@code pg_advisory_xact_lock(class, hashtext(customer id/purpose))}.
	 */
	private static final int ISSUE_LOCK = 0x41_43_43_01;

	private final SecureRandom random = new SecureRandom();

	private final CustomerAccounts accounts;

	private final AccountTokens tokens;

	private final Sessions sessions;

	private final LoginThrottle throttle;

	private final PasswordEncoder passwords;

	private final EventOutbox outbox;

	private final AccountEmailProperties properties;

	private final AccountTokenSeal seal;

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountEmails(CustomerAccounts accounts, AccountTokens tokens, Sessions sessions, LoginThrottle throttle,
			PasswordEncoder passwords, EventOutbox outbox, JdbcClient jdbc, AccountEmailProperties properties,
			Clock clock) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.sessions = sessions;
		this.throttle = throttle;
		this.passwords = passwords;
		this.outbox = outbox;
		this.properties = properties;
		this.seal = AccountTokenSeal.of(properties.sealKey());
		this.clock = clock;
	}

	/**
	 * Creates the account and, in the same transaction, its first verification link: an
	 * account never exists without a way to verify it.
	 */
	@Transactional
	Account register(NewAccount account) {
		Account created = this.accounts.register(account);
		issue(created, AccountTokenPurpose.VERIFY_EMAIL, this.clock.instant());
		return created;
	}

	/**
	 * Sends the signed-in customer a new verification link; older ones stop working.
	 * @throws EmailAlreadyVerified if there is nothing left to verify
	 * @throws TooManyAccountEmails if too many were sent within the hour
	 */
	@Transactional
	void resendVerification(UUID customerId) {
		Account account = this.accounts.findById(customerId).filter(Account::active).orElseThrow(AccountDisabled::new);
		if (account.emailVerified()) {
			throw new EmailAlreadyVerified();
		}
		Instant now = this.clock.instant();
		Optional<Duration> wait = waitBeforeNext(customerId, AccountTokenPurpose.VERIFY_EMAIL, now);
		if (wait.isPresent()) {
			throw new TooManyAccountEmails(wait.get());
		}
		issue(account, AccountTokenPurpose.VERIFY_EMAIL, now);
	}

	/**
	 * Sends a password reset link if the address belongs to an active account and not too
	 * many were sent to it within the hour; otherwise does nothing, and the caller cannot
	 * tell the difference.
	 */
	@Transactional
	void requestPasswordReset(String email) {
		Optional<Account> account = this.accounts.findByEmail(email).filter(Account::active);
		if (account.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		if (waitBeforeNext(account.get().id(), AccountTokenPurpose.RESET_PASSWORD, now).isPresent()) {
			log.info("Password reset for customer {} not sent: {} already sent within {}", account.get().id(),
					this.properties.maxPerHour(), RATE_WINDOW);
			return;
		}
		issue(account.get(), AccountTokenPurpose.RESET_PASSWORD, now);
	}

	/**
	 * Uses a verification token: the address it was sent to is verified
	 * ({@code CustomerVerified} is published the first time).
	 * @throws InvalidAccountToken if the token is unknown, used, replaced or expired
	 */
	@Transactional
	void verifyEmail(String presented) {
		AccountToken token = this.tokens.findByTokenHash(Sessions.hash(presented))
			.orElseThrow(InvalidAccountToken::new);
		token.use(AccountTokenPurpose.VERIFY_EMAIL, this.clock.instant());
		this.accounts.verifyEmail(token.customerId(), token.email());
	}

	/**
	 * Uses a reset token: the password is replaced, every other open reset link and every
	 * session of the account end, and its failed logins are forgiven
	 * ({@code PasswordChanged} is published).
	 * @throws InvalidAccountToken if the token is unknown, used, replaced or expired, or
	 * the account is disabled
	 */
	@Transactional
	void resetPassword(String presented, String newPassword) {
		Instant now = this.clock.instant();
		AccountToken token = this.tokens.findByTokenHash(Sessions.hash(presented))
			.orElseThrow(InvalidAccountToken::new);
		token.use(AccountTokenPurpose.RESET_PASSWORD, now);
		UUID customerId = token.customerId();
		Account account = this.accounts.findById(customerId)
			.filter(Account::active)
			.orElseThrow(InvalidAccountToken::new);
		this.accounts.changePassword(customerId, this.passwords.encode(newPassword));
		this.tokens.revokeOpen(customerId, AccountTokenPurpose.RESET_PASSWORD, now);
		int ended = this.sessions.revokeAll(customerId);
		this.throttle.forgiveAccount(account.email());
		log.info("Password of customer {} reset; {} refresh token(s) revoked", customerId, ended);
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
	@Transactional
	void deleteExpired() {
		this.tokens.deleteExpiredBefore(this.clock.instant().minus(Duration.ofDays(1)));
	}

	/**
	 * How long until another link of the purpose may be sent. Takes the account's lock
	 * for the purpose first: concurrent requests are counted one after the other, so no
	 * more than the limit are sent, and only the newest link works.
	 */
	private Optional<Duration> waitBeforeNext(UUID customerId, AccountTokenPurpose purpose, Instant now) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:key))")
			.param("lockClass", ISSUE_LOCK)
			.param("key", customerId + "/" + purpose)
			.query()
			.listOfRows();
		Instant since = now.minus(RATE_WINDOW);
		if (this.tokens.countByCustomerIdAndPurposeAndIssuedAtAfter(customerId, purpose, since) < this.properties
			.maxPerHour()) {
			return Optional.empty();
		}
		Instant oldest = this.tokens.firstIssuedAfter(customerId, purpose, since).orElse(now);
		return Optional.of(Duration.between(now, oldest.plus(RATE_WINDOW)));
	}

	private void issue(Account account, AccountTokenPurpose purpose, Instant now) {
		String token = newToken();
		// Before the new token is saved: a bulk update flushes pending inserts first.
		this.tokens.revokeOpen(account.id(), purpose, now);
		AccountToken issued = this.tokens.save(new AccountToken(account.id(), purpose, Sessions.hash(token),
				account.email(), now, (purpose == AccountTokenPurpose.VERIFY_EMAIL) ? this.properties.verificationTtl()
						: this.properties.resetTtl()));
		String sealed = this.seal.seal(token, account.id());
		this.outbox.append((purpose == AccountTokenPurpose.VERIFY_EMAIL)
				? new EmailVerificationRequested(account.id(), account.email(), account.firstName(), sealed,
						issued.expiresAt())
				: new PasswordResetRequested(account.id(), account.email(), account.firstName(), sealed,
						issued.expiresAt()));
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
