package com.jainshikanji.customer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.customer.Api.Tokens;
import com.jainshikanji.testsupport.concurrent.Parallel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person on several devices logs in at the same moment: every login gets its own
 * session, and nothing else they do at that moment fails because of it.
 */
@CustomerServiceTest
class ConcurrentLoginTests {

	@Autowired
	RestTestClient client;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.client);
	}

	@Test
	void twentyParallelLoginsForOneAccountAllSucceedEachWithItsOwnSession() {
		String email = Api.uniqueEmail();
		this.api.register(email, Api.PASSWORD);

		List<EntityExchangeResult<String>> logins = Parallel.run(20, (i) -> login(email));

		assertThat(logins).extracting((result) -> result.getStatus().value()).containsOnly(200).hasSize(20);
		List<String> refreshTokens = logins.stream()
			.map((result) -> JsonMapper.shared().readValue(result.getResponseBody(), Tokens.class).refreshToken())
			.toList();
		assertThat(refreshTokens).doesNotHaveDuplicates();
		for (String refreshToken : refreshTokens) {
			this.api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", refreshToken)).expectStatus().isOk();
		}
	}

	@Test
	void profileEditsRacingLoginsDoNotConflict() {
		String email = Api.uniqueEmail();
		Tokens tokens = this.api.register(email, Api.PASSWORD);

		List<Integer> statuses = Parallel.run(21, (i) -> {
			if (i == 0) {
				// One device edits the profile again and again while the others log in.
				int worst = 200;
				for (int edit = 0; edit < 10; edit++) {
					int status = this.api
						.put("/api/v1/customers/me", tokens.accessToken(),
								Map.of("firstName", "Asha " + edit, "lastName", "Jain"))
						.returnResult(String.class)
						.getStatus()
						.value();
					worst = Math.max(worst, status);
				}
				return worst;
			}
			return login(email).getStatus().value();
		});

		assertThat(statuses).containsOnly(200);
	}

	private EntityExchangeResult<String> login(String email) {
		return this.api.post("/api/v1/auth/login", null, Map.of("email", email, "password", Api.PASSWORD))
			.returnResult(String.class);
	}

}
