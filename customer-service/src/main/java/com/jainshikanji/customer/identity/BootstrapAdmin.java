package com.jainshikanji.customer.identity;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.jainshikanji.common.security.Role;
import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.NewAccount;

/**
 * Ensures the administrator from {@code identity.bootstrap-admin} exists, so a fresh
 * platform can be run at all. An existing account with that email is left as it is:
 * configuration never promotes an account someone registered. Several instances starting
 * at once on an empty database all start: provisioning takes turns per email.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final IdentityProperties properties;

	private final CustomerAccounts accounts;

	private final PasswordEncoder passwords;

	BootstrapAdmin(IdentityProperties properties, CustomerAccounts accounts, PasswordEncoder passwords) {
		this.properties = properties;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		IdentityProperties.BootstrapAdmin admin = this.properties.bootstrapAdmin();
		if (admin == null || admin.email() == null || admin.email().isBlank()) {
			return;
		}
		if (admin.password() == null || !new ValidPassword.Validator().isValid(admin.password(), null)) {
			throw new IllegalStateException("identity.bootstrap-admin.password must be 8 to 72 bytes long");
		}
		String email = Emails.normalize(admin.email());
		if (email.length() > Emails.MAX_LENGTH) {
			throw new IllegalStateException("identity.bootstrap-admin.email must be at most 255 characters");
		}
		Account account = this.accounts.provisionIfAbsent(
				new NewAccount(email, this.passwords.encode(admin.password()), admin.firstName(), null, null),
				EnumSet.of(Role.ADMIN));
		if (account.roles().contains(Role.ADMIN)) {
			log.info("Bootstrap administrator {} is present", email);
		}
		else {
			log.error("identity.bootstrap-admin.email {} belongs to a non-admin account; it was NOT promoted", email);
		}
	}

}
