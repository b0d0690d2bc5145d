package com.jainshikanji.payment.razorpay;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Our own thin client of Razorpay's REST API: the calls this service makes, with basic
 * auth, short timeouts and a circuit breaker. Only refunds are retried, because only they
 * carry an idempotency key ({@code X-Refund-Idempotency}); creating an order or capturing
 * a payment twice is not safe to assume harmless, so a failure there is reported and left
 * to the caller (the customer retries, reconciliation settles).
 *
 * <p>
 * Failures come out as {@link ProviderUnavailable} (nothing was decided: network, 5xx,
 * 409 "still processing", 429, bad credentials, breaker open) or {@link ProviderRejected}
 * (Razorpay refused the request itself).
 */
@Component
public class RazorpayClient {

	private static final Logger log = LoggerFactory.getLogger(RazorpayClient.class);

	private static final ParameterizedTypeReference<Collection<RazorpayPayment>> PAYMENTS = new ParameterizedTypeReference<>() {
	};

	private final RestClient http;

	private final CircuitBreaker breaker;

	private final RazorpayProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param builder Boot's builder, so calls carry the trace context and show in
	 * {@code http.client.requests} (by URI template: every call names its ids as template
	 * variables)
	 */
	RazorpayClient(RazorpayProperties properties, CircuitBreaker razorpayCircuitBreaker, RestClient.Builder builder) {
		this.properties = properties;
		this.breaker = razorpayCircuitBreaker;
		// HTTP/1.1: no cleartext upgrade attempts against a sandbox or stub on plain
		// HTTP.
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build());
		requestFactory.setReadTimeout(properties.readTimeout());
		// Razorpay's JSON is read and written as it always was, not by the platform's
		// mapper, which reads our own API's requests by stricter rules.
		JacksonJsonHttpMessageConverter razorpayJson = new JacksonJsonHttpMessageConverter(this.json);
		this.http = builder.requestFactory(requestFactory)
			.configureMessageConverters((converters) -> converters.configureMessageConvertersList(
					(list) -> list.replaceAll((converter) -> (converter instanceof JacksonJsonHttpMessageConverter)
							? razorpayJson : converter)))
			.baseUrl(properties.baseUrl().toString())
			.defaultHeaders((headers) -> headers.setBasicAuth(properties.keyId(), properties.keySecret()))
			.defaultStatusHandler(HttpStatusCode::isError, this::refusal)
			.build();
	}

	/** The key id the app's Checkout opens with. */
	public String keyId() {
		return this.properties.keyId();
	}

	/**
	 * Creates a Razorpay order ({@code POST /v1/orders}). Not retried: a second order
	 * would be a second thing to pay.
	 * @param amount in paise
	 * @param receipt our reference, e.g. the order number
	 * @param notes up to 15 pairs of our own ids
	 */
	public RazorpayOrder createOrder(long amount, String currency, String receipt, Map<String, String> notes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount);
		body.put("currency", currency);
		body.put("receipt", receipt);
		body.put("notes", notes);
		return call("create order " + receipt,
				() -> this.http.post()
					.uri("/v1/orders")
					.contentType(MediaType.APPLICATION_JSON)
					.body(body)
					.retrieve()
					.body(RazorpayOrder.class));
	}

	/**
	 * Every payment attempt of a Razorpay order ({@code GET /v1/orders/{id}/payments}).
	 */
	public List<RazorpayPayment> orderPayments(String razorpayOrderId) {
		Collection<RazorpayPayment> payments = call("payments of " + razorpayOrderId,
				() -> this.http.get().uri("/v1/orders/{id}/payments", razorpayOrderId).retrieve().body(PAYMENTS));
		return payments.items();
	}

	/** One payment ({@code GET /v1/payments/{id}}). */
	public RazorpayPayment payment(String razorpayPaymentId) {
		return call("payment " + razorpayPaymentId,
				() -> this.http.get()
					.uri("/v1/payments/{id}", razorpayPaymentId)
					.retrieve()
					.body(RazorpayPayment.class));
	}

	/**
	 * Captures an authorized payment ({@code POST /v1/payments/{id}/capture}) for its
	 * full amount. Not retried; a failed capture is found again by reconciliation.
	 * @param amount in paise, which must be the payment's amount
	 */
	public RazorpayPayment capture(String razorpayPaymentId, long amount, String currency) {
		return call("capture " + razorpayPaymentId,
				() -> this.http.post()
					.uri("/v1/payments/{id}/capture", razorpayPaymentId)
					.contentType(MediaType.APPLICATION_JSON)
					.body(Map.of("amount", amount, "currency", currency))
					.retrieve()
					.body(RazorpayPayment.class));
	}

	/**
	 * Refunds part or all of a captured payment ({@code POST /v1/payments/{id}/refund}),
	 * retried on failures that decided nothing: the same idempotency key makes Razorpay
	 * answer a repeat with the refund the first call made.
	 * @param amount in paise
	 * @param idempotencyKey our refund id: the same for every attempt of this refund
	 * @param receipt our refund id, which webhooks carry back
	 */
	public RazorpayRefund refund(String razorpayPaymentId, long amount, String idempotencyKey, String receipt,
			Map<String, String> notes) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("amount", amount);
		body.put("speed", "normal");
		body.put("receipt", receipt);
		body.put("notes", notes);
		ProviderUnavailable last = null;
		for (int attempt = 1; attempt <= this.properties.refundAttempts(); attempt++) {
			try {
				return call("refund " + razorpayPaymentId,
						() -> this.http.post()
							.uri("/v1/payments/{id}/refund", razorpayPaymentId)
							.header("X-Refund-Idempotency", idempotencyKey)
							.contentType(MediaType.APPLICATION_JSON)
							.body(body)
							.retrieve()
							.body(RazorpayRefund.class));
			}
			catch (ProviderUnavailable ex) {
				last = ex;
				if (attempt < this.properties.refundAttempts()) {
					pause(Duration.ofMillis(200L * attempt));
				}
			}
		}
		throw last;
	}

	/** One refund ({@code GET /v1/refunds/{id}}). */
	public RazorpayRefund refund(String razorpayRefundId) {
		return call("refund " + razorpayRefundId,
				() -> this.http.get().uri("/v1/refunds/{id}", razorpayRefundId).retrieve().body(RazorpayRefund.class));
	}

	private <T> T call(String what, Supplier<@Nullable T> request) {
		T result;
		try {
			result = this.breaker.executeSupplier(() -> {
				try {
					return request.get();
				}
				catch (ResourceAccessException ex) {
					throw unavailable("Razorpay could not be reached (" + what + ")", ex);
				}
				catch (RestClientException ex) {
					throw unavailable("Razorpay's answer could not be read (" + what + ")", ex);
				}
			});
		}
		catch (CallNotPermittedException ex) {
			throw new ProviderUnavailable("The payment provider is unavailable; try again shortly", retryAfterSeconds(),
					ex);
		}
		if (result == null) {
			throw new ProviderUnavailable("Razorpay answered nothing (" + what + ")", retryAfterSeconds());
		}
		return result;
	}

	/**
	 * Turns an error response into our exceptions: what Razorpay refused, or what decided
	 * nothing.
	 */
	private void refusal(org.springframework.http.HttpRequest request, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		ErrorBody.Error error = error(response.getBody());
		String description = (error != null && error.description() != null) ? error.description() : "HTTP " + status;
		if (status == 401) {
			log.error("Razorpay refused our API credentials ({}): check RAZORPAY_KEY_ID and RAZORPAY_KEY_SECRET",
					request.getURI().getPath());
			throw new ProviderUnavailable("The payment provider is unavailable; try again shortly",
					retryAfterSeconds());
		}
		if (status >= 500 || status == 409 || status == 429) {
			throw new ProviderUnavailable("Razorpay answered " + status + ": " + description, retryAfterSeconds());
		}
		throw new ProviderRejected(status, (error != null && error.code() != null) ? error.code() : "HTTP_" + status,
				description);
	}

	private ErrorBody.@Nullable Error error(InputStream body) {
		try {
			return this.json.readValue(body, ErrorBody.class).error();
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private ProviderUnavailable unavailable(String message, Exception cause) {
		log.warn("{}: {}", message, cause.getMessage());
		return new ProviderUnavailable("The payment provider is unavailable; try again shortly", retryAfterSeconds(),
				cause);
	}

	private long retryAfterSeconds() {
		return Math.max(1, this.properties.breakerWait().toSeconds());
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Razorpay's list wrapper: {@code {"entity":"collection","count":n,"items":[...]}}.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Collection<T>(int count, List<T> items) {
	}

	/**
	 * Razorpay's error body:
	 * {@code {"error":{"code":"BAD_REQUEST_ERROR","description":"...",...}}}.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record ErrorBody(@Nullable Error error) {

		@JsonIgnoreProperties(ignoreUnknown = true)
		record Error(@Nullable String code, @Nullable String description, @Nullable String field) {
		}

	}

}
