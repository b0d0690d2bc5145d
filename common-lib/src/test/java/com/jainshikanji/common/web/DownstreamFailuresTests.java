package com.jainshikanji.common.web;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client of another service retries, what it takes for that service's own answer,
 * and how it says why the service could not be used.
 */
class DownstreamFailuresTests {

	@Test
	void aRefusedConnectionAndA502503Or504AreWorthOneMoreTry() {
		assertThat(DownstreamFailures.isWorthRetrying(refused())).isTrue();
		assertThat(DownstreamFailures.isWorthRetrying(
				new ResourceAccessException("connect timed out", new HttpConnectTimeoutException("connect"))))
			.isTrue();
		for (HttpStatus status : new HttpStatus[] { HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE,
				HttpStatus.GATEWAY_TIMEOUT }) {
			assertThat(DownstreamFailures.isWorthRetrying(new HttpServerErrorException(status))).as(status.toString())
				.isTrue();
		}
	}

	@Test
	void aSlowServiceAnOwnErrorAndARefusalAreNotRetried() {
		assertThat(DownstreamFailures.isWorthRetrying(readTimeout())).isFalse();
		assertThat(DownstreamFailures.isWorthRetrying(
				new ResourceAccessException("read timed out", new SocketTimeoutException("Read timed out"))))
			.isFalse();
		assertThat(DownstreamFailures.isWorthRetrying(new HttpServerErrorException(HttpStatus.INTERNAL_SERVER_ERROR)))
			.isFalse();
		assertThat(DownstreamFailures.isWorthRetrying(new HttpClientErrorException(HttpStatus.NOT_FOUND))).isFalse();
		assertThat(DownstreamFailures.isWorthRetrying(new IllegalStateException("bug"))).isFalse();
	}

	@Test
	void onlyAReadTimeoutIsTimedOut() {
		assertThat(DownstreamFailures.timedOut(readTimeout())).isTrue();
		assertThat(DownstreamFailures
			.timedOut(new RestClientException("wrapped", new RuntimeException(new SocketTimeoutException())))).isTrue();
		assertThat(DownstreamFailures
			.timedOut(new ResourceAccessException("connect", new HttpConnectTimeoutException("connect")))).isFalse();
		assertThat(DownstreamFailures.timedOut(refused())).isFalse();
	}

	@Test
	void whySaysWhatHappenedToTheCall() {
		assertThat(DownstreamFailures.why(readTimeout())).isEqualTo("did not answer in time");
		assertThat(DownstreamFailures.why(refused())).isEqualTo("cannot be reached");
		assertThat(DownstreamFailures.why(new HttpClientErrorException(HttpStatus.NOT_FOUND)))
			.isEqualTo("answered 404");
		assertThat(DownstreamFailures.why(new HttpServerErrorException(HttpStatus.SERVICE_UNAVAILABLE)))
			.isEqualTo("answered 503");
		assertThat(DownstreamFailures.why(new RestClientException("Error while extracting response")))
			.isEqualTo("broke off its answer");
	}

	@Test
	void onlyTheServicesOwnProblemOfThatTypeCounts() {
		assertThat(DownstreamFailures.isProblem(
				notFound("{\"type\":\"https://api.jainshikanji.in/problems/store-not-found\",\"status\":404}"),
				"store-not-found"))
			.isTrue();
		assertThat(DownstreamFailures.isProblem(
				notFound("{\"type\":\"https://api.jainshikanji.in/problems/product-not-found\",\"status\":404}"),
				"store-not-found"))
			.isFalse();
		assertThat(DownstreamFailures.isProblem(
				notFound("{\"type\":\"https://api.jainshikanji.in/problems/old-store-not-found\"}"), "store-not-found"))
			.isFalse();
		assertThat(DownstreamFailures.isProblem(notFound("{\"status\":404}"), "store-not-found")).isFalse();
		assertThat(DownstreamFailures.isProblem(notFound("<html>Not Found</html>"), "store-not-found")).isFalse();
		assertThat(DownstreamFailures.isProblem(notFound(""), "store-not-found")).isFalse();
	}

	private static ResourceAccessException refused() {
		return new ResourceAccessException("I/O error", new ConnectException("Connection refused"));
	}

	private static ResourceAccessException readTimeout() {
		return new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out"));
	}

	/** A 404 as a RestClient reports it, able to read its body as JSON. */
	private static HttpClientErrorException notFound(String body) {
		HttpClientErrorException ex = HttpClientErrorException.create(HttpStatus.NOT_FOUND, "Not Found",
				HttpHeaders.EMPTY, body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		JsonMapper json = JsonMapper.builder().build();
		ex.setBodyConvertFunction((type) -> json.readValue(body, json.constructType(type.getType())));
		return ex;
	}

}
