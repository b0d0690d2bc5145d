package com.jainshikanji.customer;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.ExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import com.jainshikanji.testsupport.concurrent.Parallel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of guesses at once is held to the same limits as guesses one after another:
 * exactly as many are answered as the limit allows, the rest are refused with 429.
 */
@CustomerServiceTest
class ConcurrentThrottleTests {

	@Autowired
	RestTestClient client;

	@Test
	void sixtyParallelGuessesAtOneAccountFromManyAddressesGetExactlyFiveAnswers() {
		String email = Api.uniqueEmail();
		new Api(this.client).register(email, Api.PASSWORD);

		List<ExchangeResult> guesses = Parallel.run(60, (i) -> login(new Api(this.client), email, "guess-" + i));

		assertBurst(guesses, 5);
		// The right password is refused too until the window passes.
		assertThat(login(new Api(this.client), email, Api.PASSWORD).getStatus().value()).isEqualTo(429);
	}

	@Test
	void anAccountThatDoesNotExistIsThrottledExactlyAlike() {
		String email = Api.uniqueEmail();

		List<ExchangeResult> guesses = Parallel.run(60, (i) -> login(new Api(this.client), email, "guess-" + i));

		assertBurst(guesses, 5);
	}

	@Test
	void sixtyParallelGuessesFromOneAddressAtManyAccountsGetExactlyTwentyAnswers() {
		Api guesser = new Api(this.client, Api.randomIp());
		String victim = Api.uniqueEmail();
		new Api(this.client).register(victim, Api.PASSWORD);

		List<ExchangeResult> guesses = Parallel.run(60, (i) -> login(guesser, Api.uniqueEmail(), "guess"));

		assertBurst(guesses, 20);
		assertThat(login(guesser, victim, Api.PASSWORD).getStatus().value()).isEqualTo(429);
	}

	private static void assertBurst(List<ExchangeResult> guesses, int limit) {
		assertThat(guesses).filteredOn((result) -> result.getStatus().value() == 401).hasSize(limit);
		List<ExchangeResult> throttled = guesses.stream()
			.filter((result) -> result.getStatus().value() == 429)
			.toList();
		assertThat(throttled).hasSize(guesses.size() - limit);
		assertThat(throttled).allSatisfy(
				(result) -> assertThat(Long.parseLong(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)))
					.isBetween(1L, 900L));
	}

	private static ExchangeResult login(Api api, String email, String password) {
		return api.post("/api/v1/auth/login", null, Map.of("email", email, "password", password))
			.returnResult(String.class);
	}

}
