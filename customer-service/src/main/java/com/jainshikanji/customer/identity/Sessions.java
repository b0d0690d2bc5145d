package com.jainshikanji.customer.identity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;

/**
 * Refresh-token sessions: opaque random tokens, stored only as hashes, rotated on every
 * use, revoked as a family on logout or when a used token is presented again.
 */
@Service
class Sessions {

	private static final Logger log = LoggerFactory.getLogger(Sessions.class);

	private final SecureRandom random = new SecureRandom();

	/**
	 * Advisory lock class of an account's sessions:
	 * {@code pg_advisory_xact_lock(class, hashtext(customer id))}.
	 */
	private static final int SESSIONS_LOCK = 0x53_45_53_01;

	private final RefreshTokens tokens;

	private final CustomerAccounts accounts;

	private final JdbcClient jdbc;

	private final Duration ttl;

	private final Duration reuseGrace;

	private final Duration accessTokenTtl;

	private final Clock clock;

	Sessions(RefreshTokens tokens, CustomerAccounts accounts, JdbcClient jdbc, IdentityProperties properties,
			Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.ttl = properties.tokens().refreshTokenTtl();
		this.reuseGrace = properties.tokens().refreshReuseGrace();
		this.accessTokenTtl = properties.tokens().accessTokenTtl();
		this.clock = clock;
	}

	/**
	 * Starts a session of an account whose password was just checked, and returns its
	 * first refresh token.
	 * @param verified the account as it was when its password was checked
	 * @throws InvalidCredentials if the password has changed since: a reset that ended
	 * every session must not be outlived by a login that was checking the old password
	 * meanwhile
	 * @throws AccountDisabled if the account was deactivated since, for the same reason
	 */
	@Transactional
	SessionToken start(Account verified, ClientInfo client) {
		UUID customerId = verified.id();
		// Under the lock a reset's or a deactivation's revokeAll takes: either that comes
		// after
		// and ends this session, or it came before and this read sees what it changed.
		lockSessionsOf(customerId);
		Optional<Account> current = this.accounts.findById(customerId);
		if (!current.map(Account::passwordHash).filter(verified.passwordHash()::equals).isPresent()) {
			throw new InvalidCredentials();
		}
		if (!current.get().active()) {
			throw new AccountDisabled();
		}
		String token = newToken();
		RefreshToken started = this.tokens
			.save(RefreshToken.startFamily(customerId, hash(token), this.clock.instant(), this.ttl, client));
		return new SessionToken(customerId, started.familyId(), token);
	}

	/**
	 * Uses a refresh token and returns its successor. A token that was already used
	 * revokes its whole family, and that revocation commits even though the call fails;
	 * unless it was used within the reuse grace, when it gets a successor of its own.
	 * @throws InvalidRefreshToken if the token is unknown, used, revoked or expired
	 */
	@Transactional(noRollbackFor = InvalidRefreshToken.class)
	SessionToken rotate(String presented, ClientInfo client) {
		Instant now = this.clock.instant();
		String hash = hash(presented);
		lockSessionsOf(this.tokens.customerOf(hash).orElseThrow(InvalidRefreshToken::new));
		RefreshToken token = this.tokens.findByTokenHash(hash).orElseThrow(InvalidRefreshToken::new);
		if (token.isWithinReuseGrace(now, this.reuseGrace)) {
			String successor = newToken();
			this.tokens.save(token.reissue(hash(successor), now, this.reuseGrace, this.ttl, client));
			return new SessionToken(token.customerId(), token.familyId(), successor);
		}
		if (token.wasRotated()) {
			int revoked = this.tokens.revokeFamily(token.familyId(), now);
			log.warn("Refresh token reuse detected for customer {}: revoked {} token(s) of session {}",
					token.customerId(), revoked, token.familyId());
			throw new InvalidRefreshToken();
		}
		if (!token.isUsable(now)) {
			throw new InvalidRefreshToken();
		}
		String successor = newToken();
		this.tokens.save(token.rotate(hash(successor), now, this.ttl, client));
		return new SessionToken(token.customerId(), token.familyId(), successor);
	}

	/**
	 * The account's sessions still going, the one used last first: where and when each
	 * was last refreshed, and when it ends unless it is refreshed again.
	 * @param current the session the caller's access token was issued for, if known
	 */
	@Transactional(readOnly = true)
	List<SessionResponse> of(UUID customerId, @Nullable UUID current) {
		Map<UUID, SessionResponse> sessions = new LinkedHashMap<>();
		for (RefreshToken token : this.tokens.usableOf(customerId, this.clock.instant())) {
			sessions.putIfAbsent(token.familyId(), token.toSession(token.familyId().equals(current)));
		}
		return List.copyOf(sessions.values());
	}

	/**
	 * Ends one of the account's sessions, as logging out on that device would.
	 * @throws SessionNotFound if the account has no such session still going
	 */
	@Transactional
	void end(UUID familyId, UUID customerId) {
		// The lock a refresh takes: a successor it was about to commit is revoked too.
		lockSessionsOf(customerId);
		boolean going = this.tokens.usableOf(customerId, this.clock.instant())
			.stream()
			.anyMatch((token) -> token.familyId().equals(familyId));
		if (!going) {
			throw new SessionNotFound(familyId);
		}
		this.tokens.revokeFamily(familyId, this.clock.instant());
	}

	/**
	 * Ends the session the token belongs to, if it is the caller's; otherwise does
	 * nothing.
	 */
	@Transactional
	void end(String presented, UUID customerId) {
		lockSessionsOf(customerId);
		this.tokens.findByTokenHash(hash(presented))
			.filter((token) -> token.customerId().equals(customerId))
			.ifPresent((token) -> this.tokens.revokeFamily(token.familyId(), this.clock.instant()));
	}

	/** Revokes a session, e.g. when its account is disabled. */
	@Transactional
	void revoke(UUID familyId) {
		this.tokens.revokeFamily(familyId, this.clock.instant());
	}

	/**
	 * Ends every session of the account (its password changed).
	 * @return the refresh tokens revoked
	 */
	@Transactional
	int revokeAll(UUID customerId) {
		lockSessionsOf(customerId);
		return this.tokens.revokeAllOf(customerId, this.clock.instant());
	}

	/**
	 * Orders starting, rotating and ending all of an account's sessions one after the
	 * other. Ending them all is one UPDATE, which sees only the tokens committed when it
	 * starts: without the lock, a successor a rotation was about to commit would outlive
	 * a password reset. Taken before any token row, so that the two never wait on each
	 * other in opposite orders.
	 */
	private void lockSessionsOf(UUID customerId) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(:lockClass, hashtext(:customerId))")
			.param("lockClass", SESSIONS_LOCK)
			.param("customerId", customerId.toString())
			.query()
			.listOfRows();
	}

	/**
	 * The sessions ended after {@code since} whose access tokens may still be valid, and
	 * the users whose access changed since (their older tokens carry the old one): none
	 * ended longer ago than an access token lives is listed, so the list stays as short
	 * as what the gateway must still refuse.
	 */
	@Transactional(readOnly = true)
	EndedSessions endedSince(@Nullable Instant since) {
		Instant now = this.clock.instant();
		Instant oldest = now.minus(this.accessTokenTtl);
		// Within what the database stores, whatever instant a client sends: none ends in
		// the future.
		Instant from = (since == null || since.isBefore(oldest)) ? oldest : (since.isAfter(now) ? now : since);
		return new EndedSessions(now, this.accessTokenTtl, this.tokens.endedSince(from),
				this.accounts.accessChangedSince(from).stream().map(EndedSessions.AccessChanged::of).toList());
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@Transactional
	void deleteExpired() {
		this.tokens.deleteExpiredBefore(this.clock.instant());
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A session's new refresh token, from a login or a refresh.
	 *
	 * @param customerId whose session it is
	 * @param sessionId the session (its family of refresh tokens)
	 * @param refreshToken the new refresh token
	 */
	record SessionToken(UUID customerId, UUID sessionId, String refreshToken) {
	}

}
