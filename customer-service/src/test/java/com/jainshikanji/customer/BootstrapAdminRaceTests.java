package com.jainshikanji.customer;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.common.security.Role;
import com.jainshikanji.customer.profile.Account;
import com.jainshikanji.customer.profile.CustomerAccounts;
import com.jainshikanji.customer.profile.NewAccount;
import com.jainshikanji.testsupport.concurrent.Parallel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances starting together on an empty database all ensure the bootstrap
 * administrator: every one of them starts, and there is exactly one administrator.
 */
@CustomerServiceTest
class BootstrapAdminRaceTests {

	// A bcrypt hash of "admin-password-1"; hashing is not what races here.
	private static final String HASH = "$2a$10$y9HlZ9ggm6H.WPSqiep6IOB3cgjzrsvkNKQao26biMaNnkos4hkjW";

	@Autowired
	CustomerAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RestTestClient client;

	@Test
	void twoInstancesProvisioningAtOnceBothSucceedAndCreateOneAdministrator() {
		for (int round = 0; round < 10; round++) {
			String email = "admin-" + UUID.randomUUID() + "@jainshikanji.test";

			List<Account> provisioned = Parallel.run(2, (i) -> provision(email));

			assertThat(provisioned).extracting(Account::id).containsOnly(provisioned.getFirst().id());
			assertThat(provisioned).allSatisfy((account) -> assertThat(account.roles()).containsExactly(Role.ADMIN));
			assertThat(this.jdbc.sql("SELECT count(*) FROM customers WHERE email = :email")
				.param("email", email)
				.query(Integer.class)
				.single()).isOne();
		}
	}

	@Test
	void anExistingCustomerWithThatEmailIsNeverPromotedEvenUnderARace() {
		String email = Api.uniqueEmail();
		new Api(this.client).register(email, Api.PASSWORD);

		List<Account> provisioned = Parallel.run(2, (i) -> provision(email));

		assertThat(provisioned).allSatisfy((account) -> assertThat(account.roles()).containsExactly(Role.CUSTOMER));
	}

	private Account provision(String email) {
		return this.accounts.provisionIfAbsent(new NewAccount(email, HASH, "Admin", null, null),
				EnumSet.of(Role.ADMIN));
	}

}
