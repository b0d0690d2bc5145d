package com.jainshikanji.customer.identity;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.NewAccount;
import com.jainshikanji.customer.profile.PhoneNumber;

/**
 * Registration (with its first verification link), login, refresh, logout and a signed-in
 * user's password change. Each step commits on its own, so a failed login is still
 * counted by the throttle and a detected token reuse still revokes the session. How the
 * tokens reach the client (body or cookie) is the controller's business.
 */
@Service
class AuthenticationService {

	private final CustomerAccounts accounts;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final Sessions sessions;

	private final AccessTokenIssuer accessTokens;

	private final AccountEmails accountEmails;

	private final TransactionOperations transactions;

	/**
	 * Checked against when the account does not exist, so both failures take as long as
	 * each other.
	 */
	private final String decoyHash;

	/**
	 * Logins take turns to check a password, as many at once as there are cores (and
	 * hashing threads). A burst waits here, before the throttle's early check rather than
	 * after it, so once a limit is reached the rest of the burst is refused without being
	 * hashed: 60 parallel guesses from one address cost 20 hashes, not 60, and their 429s
	 * come at once instead of after everyone's hashing.
	 */
	private final Semaphore passwordChecks = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

	AuthenticationService(CustomerAccounts accounts, PasswordEncoder passwords, LoginThrottle throttle,
			Sessions sessions, AccessTokenIssuer accessTokens, AccountEmails accountEmails,
			TransactionOperations transactions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.accessTokens = accessTokens;
		this.accountEmails = accountEmails;
		this.transactions = transactions;
		this.decoyHash = passwords.encode(UUID.randomUUID().toString());
	}

	Registered register(RegisterRequest request, ClientInfo client) {
		Account account = this.accountEmails.register(
				new NewAccount(request.email(), this.passwords.encode(request.password()), request.firstName().strip(),
						blankToNull(request.lastName()), PhoneNumber.ofNullable(request.phone())));
		return new Registered(account.id(), tokensFor(account, client));
	}

	TokenResponse login(LoginRequest request, ClientInfo client) {
		String email = request.email();
		Optional<Account> account;
		boolean succeeded;
		this.passwordChecks.acquireUninterruptibly();
		try {
			this.throttle.checkAllowed(email, client.ip());
			account = this.accounts.findByEmail(email);
			boolean matches = this.passwords.matches(request.password(),
					account.map(Account::passwordHash).orElse(this.decoyHash));
			succeeded = account.isPresent() && matches;
			this.throttle.settle(email, client.ip(), succeeded);
		}
		finally {
			this.passwordChecks.release();
		}
		if (!succeeded) {
			throw new InvalidCredentials();
		}
		if (!account.get().active()) {
			throw new AccountDisabled();
		}
		this.accounts.recordLogin(account.get().id());
		return tokensFor(account.get(), client);
	}

	/**
	 * Rotates the refresh token and issues a new access token.
	 * @throws InvalidRefreshToken if the token is unknown, used, revoked or expired, or
	 * its account is disabled
	 */
	TokenResponse refresh(String refreshToken, ClientInfo client) {
		Sessions.SessionToken rotation = this.sessions.rotate(refreshToken, client);
		Account account = this.accounts.findById(rotation.customerId()).filter(Account::active).orElseThrow(() -> {
			this.sessions.revoke(rotation.sessionId());
			return new InvalidRefreshToken();
		});
		return TokenResponse.bearer(this.accessTokens.issue(account, rotation.sessionId()), rotation.refreshToken());
	}

	/** Ends the session of the refresh token, if it is the caller's. */
	void logout(String refreshToken, UUID customerId) {
		this.sessions.end(refreshToken, customerId);
	}

	/**
	 * Replaces the password of the signed-in user who knows it, ends every session of the
	 * account (other devices, and anyone who had stolen one) and starts a new one for the
	 * caller ({@code PasswordChanged} is published: the owner is told by email). A wrong
	 * current password counts as a failed login of the account: guessing it here is held
	 * to the same limits as at the login.
	 * @throws WrongPassword if the current password is not the account's (or no longer
	 * is: another change came first)
	 * @throws PasswordUnchanged if the new password is the current one
	 * @throws TooManyLoginAttempts if the account or the address has failed too often
	 * @throws AccountDisabled if the account is disabled
	 */
	TokenResponse changePassword(UUID userId, String currentPassword, String newPassword, ClientInfo client) {
		Account account = this.accounts.findById(userId).filter(Account::active).orElseThrow(AccountDisabled::new);
		boolean matches;
		this.passwordChecks.acquireUninterruptibly();
		try {
			this.throttle.checkAllowed(account.email(), client.ip());
			matches = this.passwords.matches(currentPassword, account.passwordHash());
			this.throttle.settle(account.email(), client.ip(), matches);
		}
		finally {
			this.passwordChecks.release();
		}
		if (!matches) {
			throw new WrongPassword();
		}
		if (newPassword.equals(currentPassword)) {
			throw new PasswordUnchanged();
		}
		String newHash = this.passwords.encode(newPassword);
		return this.transactions.execute((status) -> {
			// Sessions' lock first, held to the commit: a login, refresh or other change
			// of this account waits, then sees the new password and none of the old
			// sessions.
			this.sessions.revokeAll(userId);
			Account current = this.accounts.findById(userId).orElseThrow(AccountDisabled::new);
			if (!current.passwordHash().equals(account.passwordHash())) {
				throw new WrongPassword();
			}
			this.accounts.changePassword(userId, newHash);
			Account changed = this.accounts.findById(userId).orElseThrow(AccountDisabled::new);
			return tokensFor(changed, client);
		});
	}

	private TokenResponse tokensFor(Account account, ClientInfo client) {
		Sessions.SessionToken session = this.sessions.start(account, client);
		return TokenResponse.bearer(this.accessTokens.issue(account, session.sessionId()), session.refreshToken());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	record Registered(UUID customerId, TokenResponse tokens) {
	}

}
