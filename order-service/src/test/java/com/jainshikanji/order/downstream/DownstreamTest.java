package com.jainshikanji.order.downstream;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.JacksonIOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import com.jainshikanji.common.web.DownstreamFailures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What makes a downstream service unusable for a request, what is worth one more try, and
 * what never counts against the service: without HTTP, in milliseconds.
 */
class DownstreamTest {

	final CircuitBreaker breaker = CircuitBreaker.of("inventory",
			CircuitBreakerConfig.custom().recordException(Downstream::isFailure).build());

	final Downstream inventory = new Downstream("inventory", this.breaker,
			Retry.of("inventory",
					RetryConfig.custom()
						.maxAttempts(2)
						.waitDuration(Duration.ofMillis(1))
						.retryOnException(DownstreamFailures::isWorthRetrying)
						.build()),
			Duration.ofSeconds(10));

	final AtomicInteger calls = new AtomicInteger();

	@Test
	void aRefusedConnectionOfAnIdempotentCallIsTriedOnceMoreThenIsA503() {
		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(refused())))
			.isInstanceOfSatisfying(DownstreamUnavailable.class, (unavailable) -> {
				assertThat(unavailable.getMessage()).contains("inventory", "cannot be reached");
				assertThat(unavailable.problemHeaders().getFirst("Retry-After")).isEqualTo("1");
			});
		assertThat(this.calls).hasValue(2);
	}

	@Test
	void aSecondTryThatWorksIsNobodysProblem() {
		String answer = this.inventory.callIdempotent(() -> {
			if (this.calls.incrementAndGet() == 1) {
				throw refused();
			}
			return "ok";
		});

		assertThat(answer).isEqualTo("ok");
	}

	@Test
	void aSlowServiceIsNotAskedTwice() {
		ResourceAccessException timeout = new ResourceAccessException("read timed out",
				new HttpTimeoutException("request timed out"));

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(timeout)))
			.hasMessageContaining("did not answer in time");
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void anAnswerBrokenOffWhileItsBodyIsReadIsA503CountedAgainstTheServiceNotA500() {
		// What RestClient throws when the read timeout closes the body's stream under
		// load.
		RestClientException brokenOff = new RestClientException(
				"Error while extracting response for type [Profile] and content type [application/json]",
				new IOException("closed"));

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(brokenOff)))
			.isInstanceOfSatisfying(DownstreamUnavailable.class, (unavailable) -> {
				assertThat(unavailable.getMessage()).contains("inventory", "broke off its answer");
				assertThat(unavailable.problemHeaders().getFirst("Retry-After")).isEqualTo("1");
			});
		assertThat(this.calls).as("not asked twice: it may be slow").hasValue(1);
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void anAnswerBrokenOffWhileTheJsonReaderReadsItIsA503TooNotA500() {
		// What scripts/benchmark-orders.sh got from the reservation on a loaded machine:
		// the read timeout closed the stream under Jackson, which wrapped the I/O failure
		// twice.
		RestClientException brokenOff = new RestClientException(
				"Error while extracting response for type [Reservation] and content type [application/json]",
				new HttpMessageNotReadableException("JSON parse error: closed",
						JacksonIOException.construct(new IOException("closed")),
						new MockHttpInputMessage(new byte[0])));

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(brokenOff))).isInstanceOfSatisfying(
				DownstreamUnavailable.class,
				(unavailable) -> assertThat(unavailable.getMessage()).contains("inventory", "broke off its answer"));
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void aMalformedBodyIsNotTheServicesUnavailability() {
		RestClientException malformed = new RestClientException("Error while extracting response",
				new HttpMessageNotReadableException("JSON parse error: unexpected character",
						new RuntimeException("Unexpected character ('<')"), new MockHttpInputMessage(new byte[0])));

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(malformed))).isSameAs(malformed);
	}

	@Test
	void aRefusalCutOffBeforeItsProblemBodyIsA503CountedAgainstTheServiceNotA500() {
		// What 200 buyers at once got from the reservation: a 409 whose body was lost.
		HttpClientErrorException silent = HttpClientErrorException.create(HttpStatus.CONFLICT, "Conflict",
				new HttpHeaders(), new byte[0], null);

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(silent)))
			.isInstanceOfSatisfying(DownstreamUnavailable.class, (unavailable) -> assertThat(unavailable.getMessage())
				.contains("inventory", "refused (409) without saying why"));
		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
	}

	@Test
	void aRefusalThatExplainsItselfAndAnUnauthorizedCallStayWhatTheyAre() {
		HttpClientErrorException explained = HttpClientErrorException.create(HttpStatus.CONFLICT, "Conflict",
				new HttpHeaders(), "{\"type\":\"/problems/insufficient-stock\"}".getBytes(), null);
		HttpClientErrorException unauthorized = HttpClientErrorException.create(HttpStatus.UNAUTHORIZED, "Unauthorized",
				new HttpHeaders(), new byte[0], null);

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(explained))).isSameAs(explained);
		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(unauthorized))).isSameAs(unauthorized);
	}

	@Test
	void aBodyThatCannotBeReadForAnyOtherReasonIsNotTheServicesUnavailability() {
		RestClientException unreadable = new RestClientException("No converter for [Profile]");

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(unreadable))).isSameAs(unreadable);
	}

	@Test
	void aCallThatMayChangeSomethingIsNeverRepeated() {
		assertThatThrownBy(() -> this.inventory.call(() -> fail(refused()))).isInstanceOf(DownstreamUnavailable.class);
		assertThat(this.calls).hasValue(1);
	}

	@Test
	void aRefusalOfTheRequestIsNotAFailureOfTheService() {
		for (int i = 0; i < 20; i++) {
			assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(new IllegalStateException("422 mapped"))))
				.isInstanceOf(IllegalStateException.class);
		}

		assertThat(this.breaker.getMetrics().getNumberOfFailedCalls()).isZero();
		assertThat(this.breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void anOpenBreakerTurnsCallsAwayWithoutCallingAndSaysWhenToComeBack() {
		this.breaker.transitionToOpenState();

		assertThatThrownBy(() -> this.inventory.callIdempotent(() -> fail(refused()))).isInstanceOfSatisfying(
				DownstreamUnavailable.class,
				(unavailable) -> assertThat(unavailable.problemHeaders().getFirst("Retry-After")).isEqualTo("10"));
		assertThat(this.calls).hasValue(0);
	}

	private static ResourceAccessException refused() {
		return new ResourceAccessException("I/O error", new ConnectException("Connection refused"));
	}

	private String fail(RuntimeException ex) {
		this.calls.incrementAndGet();
		throw ex;
	}

}
