package com.jainshikanji.customer.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.jainshikanji.customer.CustomerServiceTest;
import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.NewAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A login checks the password, then starts the session; a password reset can land in
 * between. Driven step by step in that order (no timing): the login that verified the old
 * password must not get a session the reset did not end.
 */
@CustomerServiceTest
class PasswordResetDuringLoginTests {

	private static final ClientInfo CLIENT = new ClientInfo("10.0.0.1", "test");

	@Autowired
	AccountEmails accountEmails;

	@Autowired
	AccountTokens accountTokens;

	@Autowired
	CustomerAccounts accounts;

	@Autowired
	Sessions sessions;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aLoginThatVerifiedTheOldPasswordGetsNoSessionOnceTheResetHasHappened() {
		Account account = this.accountEmails.register(new NewAccount("customer-" + UUID.randomUUID() + "@example.com",
				this.passwords.encode("old-password-1"), "Asha", null, null));
		// The login has read the account and checked the old password against it...
		Account verified = this.accounts.findById(account.id()).orElseThrow();
		assertThat(this.passwords.matches("old-password-1", verified.passwordHash())).isTrue();
		// ...when the owner resets the password through the emailed link.
		this.accountTokens.save(new AccountToken(account.id(), AccountTokenPurpose.RESET_PASSWORD,
				Sessions.hash("reset-link-token"), account.email(), this.clock.instant(), Duration.ofMinutes(30)));
		this.accountEmails.resetPassword("reset-link-token", "new-password-1");

		assertThatExceptionOfType(InvalidCredentials.class).isThrownBy(() -> this.sessions.start(verified, CLIENT));

		assertThat(this.jdbc.sql("SELECT count(*) FROM refresh_tokens WHERE customer_id = :id")
			.param("id", account.id())
			.query(Integer.class)
			.single()).isZero();
		// A login with the new password starts one.
		assertThat(this.sessions.start(this.accounts.findById(account.id()).orElseThrow(), CLIENT).refreshToken())
			.isNotBlank();
	}

}
