package com.jainshikanji.testsupport.contract;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The provider's side of {@link ConsumerContract}: replays the requests of one consumer's
 * contract files against the real provider and checks its real answers against the
 * consumer's examples, asking as that consumer does (with its token, or none). The
 * examples name the consumer's ids; a test creates what they name in the provider and
 * sends the request with the provider's own ids in the path and body:
 *
 * <pre class="code">
 * ContractReplay order = new ContractReplay(client, "order-service", serviceToken);
 * ConsumerContract contract = order.contract("inventory/reserve");
 * ObjectNode body = contract.requestBody();
 * body.put("storeId", store.toString());
 * order.assertAnswers(contract, contract.path(), body);
 * </pre>
 */
public final class ContractReplay {

	private final RestTestClient client;

	private final String consumer;

	private final @Nullable String token;

	/**
	 * @param client the provider's own client, on its random port
	 * @param consumer the consumer's module, whose {@code src/test/resources/contracts}
	 * holds the files
	 * @param token how the consumer asks, {@code null} for without a token
	 */
	public ContractReplay(RestTestClient client, String consumer, @Nullable String token) {
		this.client = client;
		this.consumer = consumer;
		this.token = token;
	}

	/** The contract file {@code contracts/<name>.json} of the consumer. */
	public ConsumerContract contract(String name) {
		return ConsumerContract.ofConsumer(this.consumer, name);
	}

	/**
	 * Sends the contract's request (its method, with the consumer's token) to the path,
	 * with the body (written as JSON) if there is one, and checks the answer.
	 * @param path the contract's path with the provider's ids in it
	 * @param body the request body, whose {@code toString()} is its JSON (a Jackson node
	 * or a JSON string), {@code null} for none
	 * @throws AssertionError when the answer is not what the consumer relies on
	 */
	public void assertAnswers(ConsumerContract contract, String path, @Nullable Object body) {
		RestTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(contract.method()))
			.uri(path)
			.headers((headers) -> {
				if (this.token != null) {
					headers.setBearerAuth(this.token);
				}
			});
		RestTestClient.RequestHeadersSpec<?> sent = (body != null)
				? request.contentType(MediaType.APPLICATION_JSON).body(body.toString()) : request;
		EntityExchangeResult<String> result = sent.exchange().returnResult(String.class);
		contract.assertAnsweredBy(result.getStatus().value(), result.getResponseBody());
	}

	/**
	 * The contract's own path with its last segment, the id of the consumer's example,
	 * replaced by one of the provider's.
	 * @throws IllegalStateException when the path does not end in an id, so that a
	 * changed path is not replayed with the wrong segment replaced
	 */
	public static String pathOf(ConsumerContract contract, Object id) {
		String path = contract.path();
		int slash = path.lastIndexOf('/');
		try {
			UUID.fromString(path.substring(slash + 1));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The path " + path + " of the contract does not end in an id", ex);
		}
		return path.substring(0, slash + 1) + id;
	}

}
